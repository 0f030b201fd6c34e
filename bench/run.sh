#!/usr/bin/env bash
# bench/run.sh: the body of `make bench` (see bench/local.mk). Generates the corpora with
# bench/gencorpus, times `resc build` to text, HTML and DOCX, `resc check` and pandoc
# (Markdown to DOCX, when installed) on each, measures peak memory, profiles each resc
# command, and writes bench/RESULTS.md (in the source tree, and a copy in the build tree)
# with the machine, the table of results, the speed targets of the "Speed" issue and
# whether each holds, the hot spots, and the recommendations of bench/recommendations.md
# for the targets that are missed.
#
# Why a script of its own: timings are never part of `make check` (CI machines are shared
# and slow), and the run must stay within a few minutes on 2 cores, so every run has a
# time limit (BENCH_TIMEOUT), run counts shrink as runs get long, and a command that is
# hopeless on a corpus (from its time on the smaller one) is skipped, not waited for.
#
# Timing: hyperfine when installed (median of its runs), else a loop timed with bash's
# EPOCHREALTIME, median of the runs. Peak RSS: /usr/bin/time -v (GNU time) when
# installed, else VmHWM read from /proc while the command runs. Profiles: perf when
# `perf stat -e instructions true` counts instructions, else valgrind's callgrind.
#
# Environment (set by make bench): RESC GENCORPUS srcdir builddir; optional BENCH_RUNS,
# BENCH_TIMEOUT, BENCH_PROFILE, BENCH_SIZES, BENCH_CFLAGS, BENCH_PROFILE_BUDGET.
set -u

: "${RESC:?}" "${GENCORPUS:?}" "${srcdir:?}" "${builddir:?}"
MAX_RUNS=${BENCH_RUNS:-20}
TMO=${BENCH_TIMEOUT:-30}
PROFILE=${BENCH_PROFILE:-1}
SIZES=${BENCH_SIZES:-12k 1m 10m 50m}
CELL_BUDGET=${BENCH_CELL_BUDGET:-6}          # seconds of repeated runs per command and corpus
PROF_BUDGET=${BENCH_PROFILE_BUDGET:-60}     # seconds one profiled run may take, estimated
B=$builddir/bench
C=$B/corpus
O=$B/out
P=$B/prof
TSV=$B/results.tsv
MD=$B/RESULTS.md
export LC_ALL=C
export SOURCE_DATE_EPOCH=1704067200 # the same DOCX bytes every run

mkdir -p "$C" "$O" "$P" || exit 2
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
# BENCH_REPORT_ONLY=1: rewrite RESULTS.md from the last run's results (after editing
# bench/recommendations.md or this report), without timing or profiling again.
REPORT_ONLY=${BENCH_REPORT_ONLY:-0}
if [ "$REPORT_ONLY" = 1 ] && [ -s "$B/run.info" ] && [ -s "$TSV" ]; then
  # shellcheck disable=SC1091
  . "$B/run.info"
else
  REPORT_ONLY=0
  # what is measured: the commit (and whether the compiled sources differ from it)
  commit=$(git -C "$srcdir" rev-parse --short HEAD 2>/dev/null || echo unknown)
  dirty=$(git -C "$srcdir" status --porcelain -- src grammar stylesheets 2>/dev/null | head -n 1)
  [ -n "$dirty" ] && commit="$commit (src, grammar or stylesheets modified)"
  resc_version=$("$RESC" --version 2>/dev/null | head -n 1)
fi
say() { printf '%s\n' "$*" >&2; }

# ---------- clocks and helpers ----------

now_us() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t=${EPOCHREALTIME}
    echo "${t/./}"
  else
    echo $(($(date +%s%N) / 1000))
  fi
}

# The median of the numbers on standard input.
median() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print ""; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Floating-point arithmetic: calc EXPR (awk syntax).
calc() { awk "BEGIN { printf \"%s\", ($1) }" 2>/dev/null; }

have() { command -v "$1" >/dev/null 2>&1; }

# SECONDS as milliseconds for the report ("n/a" when not measured).
ms() { if [ -n "$1" ]; then awk -v t="$1" 'BEGIN { printf "%.1f ms", t * 1000 }'; else echo "n/a"; fi; }

GNU_TIME=
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
  GNU_TIME=/usr/bin/time
fi
HYPERFINE=
if have hyperfine && hyperfine -N --runs 1 --style none true >/dev/null 2>&1; then
  HYPERFINE=hyperfine
fi
PANDOC=
have pandoc && PANDOC=pandoc

# ---------- corpora ----------

size_args() {
  case $1 in
    12k) echo "-n 1" ;;
    1m) echo "-b 1000000" ;;
    10m) echo "-b 10000000" ;;
    50m) echo "-b 50000000" ;;
    *k) echo "-b $((${1%k} * 1000))" ;;
    *m) echo "-b $((${1%m} * 1000000))" ;;
    *) return 1 ;;
  esac
}

# gen NAME: writes $C/NAME.resc, .md and .info (resolutions=N bytes=B md_bytes=M),
# unless they are newer than the generator.
gen() {
  local n=$1 args
  args=$(size_args "$n") || { say "bench: unknown corpus size '$n'"; exit 2; }
  if [ -s "$C/$n.info" ] && [ "$C/$n.info" -nt "$GENCORPUS" ]; then return 0; fi
  say "bench: generating the $n corpus"
  # shellcheck disable=SC2086
  "$GENCORPUS" $args "$C/$n.resc" "$C/$n.md" >"$C/$n.info.tmp" || exit 2
  mv "$C/$n.info.tmp" "$C/$n.info"
}

info() { tr ' ' '\n' <"$C/$1.info" | sed -n "s/^$2=//p"; }

# ---------- one command ----------

# The command line of COMMAND on corpus SIZE, one word per line.
cmdline() {
  local cmd=$1 n=$2
  case $cmd in
    text) printf '%s\n' "$RESC" build -f text -o "$O/$n.txt" "$C/$n.resc" ;;
    html) printf '%s\n' "$RESC" build -f html -o "$O/$n.html" "$C/$n.resc" ;;
    docx) printf '%s\n' "$RESC" build -f docx -o "$O/$n.docx" "$C/$n.resc" ;;
    check) printf '%s\n' "$RESC" check "$C/$n.resc" ;;
    pandoc) printf '%s\n' pandoc -f markdown -t docx -o "$O/$n.pandoc.docx" "$C/$n.md" ;;
  esac
}

# The time limit of one run on INPUT_BYTES: BENCH_TIMEOUT up to 10 MB, proportionally more
# above (a linear command must not time out on the 50 MB corpus just for being larger).
limit_for() { calc "int($TMO * ($1 > 1e7 ? $1 / 1e7 : 1) + 0.5)"; }

# probe CMD...: one run under the time limit $LIMIT. Sets P_WALL (s), P_RC, P_RSS (KiB),
# P_CPU (user+sys s, or "") and P_ERR (the first line of its standard error).
probe() {
  local tf=$B/probe.time ef=$B/probe.err t0 t1
  rm -f "$tf"
  if [ -n "$GNU_TIME" ]; then
    t0=$(now_us)
    "$GNU_TIME" -f '%M %U %S' -o "$tf" timeout -k 5 "$LIMIT" "$@" >/dev/null 2>"$ef"
    P_RC=$?
    t1=$(now_us)
    local last
    last=$(tail -n 1 "$tf" 2>/dev/null)
    P_RSS=${last%% *}
    P_CPU=$(echo "$last" | awk 'NF == 3 { printf "%.3f", $2 + $3 }')
  else
    local pid hwm=0 v
    t0=$(now_us)
    "$@" >/dev/null 2>"$ef" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
      [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
      if [ $(($(now_us) - t0)) -gt $((LIMIT * 1000000)) ]; then kill -9 "$pid" 2>/dev/null; fi
      sleep 0.005
    done
    wait "$pid"
    P_RC=$?
    t1=$(now_us)
    [ $((t1 - t0)) -gt $((LIMIT * 1000000)) ] && P_RC=124
    P_RSS=$hwm
    P_CPU=
  fi
  P_WALL=$(calc "($t1 - $t0) / 1e6")
  P_ERR=$(head -n 1 "$ef" | cut -c1-160)
}

# measure RUNS CMD...: prints the wall time in seconds of each of RUNS runs, one a line.
measure() {
  local runs=$1
  shift
  if [ -n "$HYPERFINE" ]; then
    local j=$B/hyperfine.json words="" w
    for w in "$@"; do words="$words '$w'"; done
    hyperfine -N --runs "$runs" --style none --export-json "$j" -- "$words" >/dev/null 2>&1 || return 1
    # the "times" array of the export: every run's wall time
    awk '/"times": *\[/ { on = 1; next } on && /\]/ { exit }
         on { gsub(/[ ,]/, ""); if ($0 != "") print $0 + 0 }' "$j"
  else
    local i t0 t1
    for ((i = 0; i < runs; i++)); do
      t0=$(now_us)
      "$@" >/dev/null 2>&1 || return 1
      t1=$(now_us)
      awk -v d=$((t1 - t0)) 'BEGIN { printf "%.6f\n", d / 1e6 }'
    done
  fi
}

# ---------- timing ----------

COMMANDS="text html docx check"
[ -n "$PANDOC" ] && COMMANDS="$COMMANDS pandoc"

declare -A LAST_T LAST_B LAST_ST
[ "$REPORT_ONLY" = 1 ] && SIZES_RUN="" || SIZES_RUN=$SIZES
[ "$REPORT_ONLY" = 1 ] || printf 'size\tcommand\tstatus\truns\tmedian_s\trss_kb\tcpu_s\tinput_bytes\tresolutions\tnote\n' >"$TSV"
for n in $SIZES_RUN; do
  gen "$n"
  nres=$(info "$n" resolutions)
  rbytes=$(info "$n" bytes)
  mbytes=$(info "$n" md_bytes)
  for cmd in $COMMANDS; do
    bytes=$rbytes
    [ "$cmd" = pandoc ] && bytes=$mbytes
    mapfile -t argv < <(cmdline "$cmd" "$n")
    LIMIT=$(limit_for "$bytes")
    note=""
    st=""
    # Skip what cannot finish: the same command timed out on a smaller corpus, or its
    # time there, scaled linearly (an optimistic guess), exceeds twice the time limit.
    if [ "${LAST_ST[$cmd]:-}" = timeout ] || [ "${LAST_ST[$cmd]:-}" = skipped ]; then
      st=skipped
      note="timed out or skipped on a smaller corpus"
    elif [ -n "${LAST_T[$cmd]:-}" ]; then
      est=$(calc "${LAST_T[$cmd]} * $bytes / ${LAST_B[$cmd]}")
      if [ "$(calc "$est > 2 * $LIMIT")" = 1 ]; then
        st=skipped
        note="est. >= $(calc "int($est)") s from the smaller corpus (limit ${LIMIT} s)"
      fi
    fi
    if [ -n "$st" ]; then
      say "bench: $n $cmd: $st ($note)"
      printf '%s\t%s\t%s\t0\t\t\t\t%s\t%s\t%s\n' "$n" "$cmd" "$st" "$bytes" "$nres" "$note" >>"$TSV"
      LAST_ST[$cmd]=$st
      continue
    fi
    probe "${argv[@]}"
    if [ "$P_RC" = 124 ] || [ "$P_RC" = 137 ]; then
      st=timeout
      note="no result within ${LIMIT} s"
      med=""
      runs=1
    elif [ "$P_RC" != 0 ]; then
      st=failed
      note="exit $P_RC: $P_ERR"
      med=""
      runs=1
    else
      st=ok
      # Short commands: as many timed runs as fit in CELL_BUDGET seconds (3 to MAX_RUNS),
      # the probe being a warm-up. Long ones: the probe and 2 more runs, the median of the
      # three; past 10 s (the 50 MB corpus), and pandoc past 2 s, the probe alone.
      if [ "$(calc "$P_WALL < 2")" = 1 ]; then
        runs=$(calc "int($CELL_BUDGET / ($P_WALL + 0.0005))")
        [ "$runs" -lt 3 ] && runs=3
        [ "$runs" -gt "$MAX_RUNS" ] && runs=$MAX_RUNS
        samples=$(measure "$runs" "${argv[@]}")
      elif [ "$(calc "$P_WALL < 10")" = 1 ] && [ "$cmd" != pandoc ]; then
        runs=3
        samples=$(measure 2 "${argv[@]}") && samples=$(printf '%s\n%s' "$P_WALL" "$samples")
      else
        runs=1
        samples=$P_WALL
      fi
      # shellcheck disable=SC2181
      if [ $? -ne 0 ] || [ -z "$samples" ]; then
        st=failed
        note="failed on a repeated run"
        med=""
      else
        med=$(echo "$samples" | median)
      fi
    fi
    say "bench: $n $cmd: $st runs=$runs median=${med:-?}s rss=${P_RSS:-?}KiB $note"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$cmd" "$st" "$runs" "$med" \
      "${P_RSS:-}" "${P_CPU:-}" "$bytes" "$nres" "$note" >>"$TSV"
    LAST_ST[$cmd]=$st
    if [ "$st" = ok ]; then
      LAST_T[$cmd]=$med
      LAST_B[$cmd]=$bytes
    fi
  done
done
if [ "$REPORT_ONLY" = 0 ]; then
  load_end=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
  # What creating a process costs here, which every wall time above includes: startup
  # against work on the 12k corpus.
  spawn_true=$(measure 20 "$(type -P true)" | median) # the program, not bash's builtin
  spawn_resc=$(measure 20 "$RESC" --version | median)
fi

# ---------- profiles ----------

PROFILER=none
if [ "$REPORT_ONLY" = 1 ]; then
  PROFILER=$SAVED_PROFILER
elif [ "$PROFILE" = 1 ]; then
  if have perf && perf stat -e instructions true 2>&1 | grep -Eq '^ *[0-9][0-9,]* +instructions'; then
    PROFILER=perf
  elif have valgrind && have callgrind_annotate; then
    PROFILER=callgrind
  fi
fi

# Shortens paths in profiler output.
tidy() {
  sed -e "s|$srcdir/||g" -e "s|$builddir/||g" -e 's|/usr/lib/x86_64-linux-gnu/||g' \
    -e 's|\./[a-z]*/\./[a-z]*/||g' -e 's|\[/[^]]*/\([^/]*\)\]|[\1]|g'
}

# The corpus to profile CMD on: 1m, or a smaller one when the profiler would take
# longer than PROF_BUDGET seconds on 1m (callgrind runs some 40 times slower).
prof_corpus() {
  local cmd=$1 t slow=40 k
  [ "$PROFILER" = perf ] && slow=1
  t=$(awk -F'\t' -v c="$cmd" '$1 == "1m" && $2 == c && $3 == "ok" { print $5 }' "$TSV")
  if [ -z "$t" ]; then
    # no time on 1m (timed out, or not run): a corpus that a superlinear command finishes
    echo 100k
    return
  fi
  for k in 1m 250k 100k 40k; do
    local b
    b=$(size_args "$k" | awk '{ print $2 }')
    [ "$k" = 1m ] && b=1000000
    if [ "$(calc "$t * $slow * $b / 1000000 <= $PROF_BUDGET")" = 1 ]; then
      echo "$k"
      return
    fi
  done
  echo 12k
}

if [ "$REPORT_ONLY" = 0 ]; then
  printf 'started=%q\nload_start=%q\nload_end=%q\nSAVED_PROFILER=%q\nSIZES=%q\ncommit=%q\nresc_version=%q\n' \
    "$started" "$load_start" "$load_end" "$PROFILER" "$SIZES" "$commit" "$resc_version" >"$B/run.info"
  printf 'spawn_true=%q\nspawn_resc=%q\n' "${spawn_true:-}" "${spawn_resc:-}" >>"$B/run.info"
fi
if [ "$PROFILER" != none ] && [ "$REPORT_ONLY" = 0 ]; then
  for cmd in text html docx check; do
    k=$(prof_corpus "$cmd")
    gen "$k"
    mapfile -t argv < <(cmdline "$cmd" "$k")
    say "bench: profiling $cmd on the $k corpus with $PROFILER"
    echo "$k" >"$P/$cmd.corpus"
    if [ "$PROFILER" = perf ]; then
      perf record -q -g -o "$P/$cmd.perf" -- "${argv[@]}" >/dev/null 2>&1
      perf report -i "$P/$cmd.perf" --no-children --stdio --sort symbol,dso 2>/dev/null |
        grep -E '^ +[0-9.]+%' | head -n 15 | tidy >"$P/$cmd.top"
      : >"$P/$cmd.incl"
    else
      valgrind --tool=callgrind --callgrind-out-file="$P/$cmd.cg" -- "${argv[@]}" \
        >/dev/null 2>"$P/$cmd.vg"
      callgrind_annotate "$P/$cmd.cg" 2>/dev/null |
        awk '/^Ir +file:function/ { on = 1; getline; next } on && NF == 0 { exit } on' |
        head -n 15 | tidy >"$P/$cmd.top"
      # resc's own functions, inclusive: where the time goes in the pipeline
      callgrind_annotate --inclusive=yes "$P/$cmd.cg" 2>/dev/null |
        awk '/^Ir +file:function/ { on = 1; getline; next } on && NF == 0 { exit } on' |
        grep -E '(src|grammar)/[a-z_]+\.[cly]:' | grep -v "\[.*ld-linux" | head -n 15 |
        tidy >"$P/$cmd.incl"
    fi
  done
fi

# ---------- the report ----------

cpu_model=$(sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo 2>/dev/null | head -n 1)
cores=$(nproc 2>/dev/null)
mem_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
if [ -n "$HYPERFINE" ]; then timer="hyperfine ($(hyperfine --version | head -n 1)), median of its runs"
else timer="a bash loop timed with EPOCHREALTIME, median of the runs (hyperfine is not installed)"; fi
if [ -n "$GNU_TIME" ]; then rss_how="GNU time (/usr/bin/time), maximum resident set size"
else rss_how="VmHWM polled from /proc every 5 ms (GNU time is not installed)"; fi
pandoc_version=$([ -n "$PANDOC" ] && pandoc --version | head -n 1 || echo "not installed")

# value SIZE CMD FIELD: one field of results.tsv (median_s=5, rss_kb=6, status=3 ...).
value() { awk -F'\t' -v s="$1" -v c="$2" -v f="$3" '$1 == s && $2 == c { print $f; exit }' "$TSV"; }

results_table() {
  echo "| corpus | command | runs | median wall | MB/s | ms per resolution | peak RSS | RSS ÷ input | CPU user+sys (1 run) | pandoc time ÷ this |"
  echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|"
  awk -F'\t' '
    NR == 1 { next }
    { rows[NR] = $0; if ($2 == "pandoc" && $3 == "ok") pan[$1] = $5 }
    END {
      for (i = 2; i <= NR; i++) {
        split(rows[i], f, "\t")
        if (f[3] != "ok") {
          printf "| %s | %s | %s | **%s** | | | %s | | | |\n", f[1], f[2], f[4], f[3] (f[10] != "" ? ": " f[10] : ""), (f[6] != "" ? sprintf("%.1f MB", f[6] * 1024 / 1e6) : "")
          continue
        }
        t = f[5]; mbs = f[8] / 1e6 / t; ms = t * 1000 / f[9]
        wall = t < 1 ? sprintf("%.1f ms", t * 1000) : sprintf("%.2f s", t)
        rss = f[6] * 1024 / 1e6; ratio = f[6] * 1024 / f[8]
        pr = (f[1] in pan && f[2] != "pandoc") ? sprintf("%.1f×", pan[f[1]] / t) : ""
        printf "| %s | %s | %d | %s | %.2f | %.2f | %.1f MB | %.1f× | %s | %s |\n", f[1], f[2], f[4], wall, mbs, ms, rss, ratio, (f[7] != "" ? f[7] " s" : "–"), pr
      }
    }' "$TSV"
}

# Growth of each command's time from one corpus to another (linear would be the ratio of
# the sizes).
growth_line() {
  local a=$1 b=$2 cmd ta tb ba bb out=""
  for cmd in $COMMANDS; do
    ta=$(value "$a" "$cmd" 5)
    tb=$(value "$b" "$cmd" 5)
    ba=$(value "$a" "$cmd" 8)
    bb=$(value "$b" "$cmd" 8)
    if [ -n "$ta" ] && [ -n "$tb" ]; then
      out="$out $cmd $(calc "$tb / $ta" | awk '{ printf "%.2f", $1 }')× (size ×$(calc "$bb / $ba" | awk '{ printf "%.2f", $1 }')),"
    else
      out="$out $cmd n/a,"
    fi
  done
  echo "${out%,}"
}

# ---------- targets ----------

declare -a T_ROWS MISSED
target() { # ID, description, measured, holds (yes/no/n/a)
  local mark
  case $4 in yes) mark="✅ holds" ;; no) mark="❌ missed" ;; *) mark="– not measured" ;; esac
  T_ROWS+=("| $2 | $3 | $mark |")
  [ "$4" = yes ] || MISSED+=("$1")
}

t=$(value 12k docx 5)
if [ -n "$t" ]; then
  target docx-12k "one typical resolution (12k) to DOCX, wall incl. process start" \
    "$(calc "$t * 1000" | awk '{ printf "%.1f", $1 }') ms (target ≤ 5 ms)" \
    "$([ "$(calc "$t <= 0.005")" = 1 ] && echo yes || echo no)"
else
  target docx-12k "one typical resolution (12k) to DOCX, wall incl. process start" "$(value 12k docx 3)" n/a
fi
tp=$(value 12k pandoc 5)
if [ -n "$t" ] && [ -n "$tp" ]; then
  target pandoc-25x "one resolution to DOCX ≥ 25× faster than pandoc" \
    "$(calc "$tp / $t" | awk '{ printf "%.1f", $1 }')× (pandoc $(calc "$tp * 1000" | awk '{ printf "%.0f", $1 }') ms)" \
    "$([ "$(calc "$tp / $t >= 25")" = 1 ] && echo yes || echo no)"
else
  target pandoc-25x "one resolution to DOCX ≥ 25× faster than pandoc" "pandoc or resc not measured" n/a
fi
for spec in "text 30" "html 20" "docx 15" "check 100"; do
  # shellcheck disable=SC2086
  set -- $spec
  t=$(value 10m "$1" 5)
  b=$(value 10m "$1" 8)
  if [ -n "$t" ]; then
    mbs=$(calc "$b / 1e6 / $t")
    cpu=$(value 10m "$1" 7)
    bycpu=""
    [ -n "$cpu" ] && [ "$(calc "$cpu > 0")" = 1 ] &&
      bycpu=" ($(calc "$b / 1e6 / $cpu" | awk '{ printf "%.2f", $1 }') MB/s by CPU time)"
    target "$1-10m" "10 MB corpus: $1 ≥ $2 MB/s" "$(echo "$mbs" | awk '{ printf "%.2f", $1 }') MB/s$bycpu" \
      "$([ "$(calc "$mbs >= $2")" = 1 ] && echo yes || echo no)"
  else
    st=$(value 10m "$1" 3)
    target "$1-10m" "10 MB corpus: $1 ≥ $2 MB/s" "${st:-not run}: $(value 10m "$1" 10)" \
      "$([ -n "$st" ] && echo no || echo n/a)"
  fi
done
mem_detail=""
mem_ok=yes
mem_any=no
for n in 10m 50m; do
  for cmd in text html docx check; do
    r=$(value "$n" "$cmd" 6)
    b=$(value "$n" "$cmd" 8)
    [ -n "$r" ] && [ -n "$b" ] || continue
    [ "$(value "$n" "$cmd" 3)" = ok ] || continue
    mem_any=yes
    x=$(calc "$r * 1024 / $b")
    mem_detail="$mem_detail $n $cmd $(echo "$x" | awk '{ printf "%.1f", $1 }')×,"
    [ "$(calc "$x <= 10")" = 1 ] || mem_ok=no
  done
done
[ "$mem_any" = yes ] || mem_ok=n/a
target memory "peak memory ≤ 10× the input (10 MB and 50 MB corpora)" "${mem_detail%,}" "$mem_ok"
g_detail=""
g_ok=yes
for cmd in text html docx check; do
  a=$(value 10m "$cmd" 5)
  b=$(value 50m "$cmd" 5)
  if [ -n "$a" ] && [ -n "$b" ]; then
    x=$(calc "$b / $a")
    g_detail="$g_detail $cmd $(echo "$x" | awk '{ printf "%.2f", $1 }')×,"
    [ "$(calc "$x <= 5.5")" = 1 ] || g_ok=no
  else
    g_detail="$g_detail $cmd $(value 50m "$cmd" 3 | sed 's/^$/not run/'),"
    g_ok=no
  fi
done
[ -z "$(value 50m text 3)" ] && g_ok=n/a
target growth "50 MB takes ≤ 5.5× the time of 10 MB (every command)" "${g_detail%,}" "$g_ok"

# ---------- findings the numbers show by themselves ----------

findings() {
  awk -F'\t' 'NR > 1 && $3 == "failed" { printf "- **%s failed on the %s corpus** (%s): a bug to report; the corpus is bench/corpus/%s.resc of the build tree, regenerated by `make bench`.\n", $2, $1, $10, $1 }' "$TSV"
  awk -F'\t' 'NR > 1 && $3 == "timeout" { printf "- %s on the %s corpus did not finish within the time limit (%s).\n", $2, $1, $10 }' "$TSV"
  local cmd ta tb ba bb x
  for cmd in $COMMANDS; do
    for pair in "12k 1m" "1m 10m" "10m 50m"; do
      # shellcheck disable=SC2086
      set -- $pair
      [ "$1" = 12k ] && continue # process start dominates the 12k corpus
      ta=$(value "$1" "$cmd" 5)
      tb=$(value "$2" "$cmd" 5)
      ba=$(value "$1" "$cmd" 8)
      bb=$(value "$2" "$cmd" 8)
      [ -n "$ta" ] && [ -n "$tb" ] || continue
      # CPU time when both runs have a usable one: it does not depend on the load
      local ca cb what=wall
      ca=$(value "$1" "$cmd" 7)
      cb=$(value "$2" "$cmd" 7)
      if [ -n "$ca" ] && [ -n "$cb" ] && [ "$(calc "$ca >= 0.2")" = 1 ]; then
        ta=$ca
        tb=$cb
        what=CPU
      fi
      x=$(calc "($tb / $ta) / ($bb / $ba)")
      if [ "$(calc "$x > 1.4")" = 1 ]; then
        echo "- $cmd grows faster than its input from $1 to $2: $what time ×$(calc "$tb / $ta" | awk '{ printf "%.1f", $1 }') for input ×$(calc "$bb / $ba" | awk '{ printf "%.1f", $1 }') (superlinear)."
      fi
    done
  done
}

# The sections of bench/recommendations.md for the missed targets.
recommendations() {
  local id
  for id in "${MISSED[@]}"; do
    awk -v id="$id" '
      /^## / { on = ($2 == id) }
      on { sub(/^## /, "### "); print }' "$srcdir/bench/recommendations.md"
    echo
  done
  awk '/^## common/ { on = 1 } on { sub(/^## /, "### "); print }' "$srcdir/bench/recommendations.md"
}

{
  echo "# resc benchmark results"
  echo
  echo "Written by \`make bench\` (bench/run.sh) on $started; do not edit, run \`make bench\` again."
  echo "The corpora are generated by bench/gencorpus.c (deterministic; 1 MB = 10^6 bytes)."
  echo
  echo "## Machine"
  echo
  echo "- CPU: ${cpu_model:-unknown}; $cores cores; memory $mem_gib GiB; $(uname -sr)"
  echo "- load average (1, 5, 15 min) at the start: $load_start; at the end of the timings: $load_end"
  echo "  (a shared machine: other work running at the same time slows wall times down)"
  echo "- resc: $resc_version, commit $commit, CFLAGS \`${BENCH_CFLAGS:-?}\`"
  echo "- timing: $timer; a run is abandoned after ${TMO} s (up to 10 MB; proportionally longer above)"
  echo "- creating a process (median of 20 runs, timed as the commands are): \`true\` $(ms "${spawn_true:-}"),"
  echo "  \`resc --version\` $(ms "${spawn_resc:-}"); part of every wall time above, most of the 12k corpus's"
  echo "- peak memory: $rss_how"
  echo "- pandoc: $pandoc_version"
  echo "- profiler: $PROFILER"
  echo
  echo "## Corpora"
  echo
  echo "| corpus | resolutions | .resc bytes | .md bytes (pandoc) |"
  echo "|---|--:|--:|--:|"
  for n in $SIZES; do
    echo "| $n | $(info "$n" resolutions) | $(info "$n" bytes) | $(info "$n" md_bytes) |"
  done
  echo
  echo "## Results"
  echo
  echo "text, html, docx: \`resc build -f FORMAT -o FILE\`; check: \`resc check\`; pandoc:"
  echo "\`pandoc -f markdown -t docx\` on the same content as Markdown. MB/s and RSS ÷ input use"
  echo "the size of the command's own input. CPU is that of the one run that measured memory."
  echo
  results_table
  echo
  echo "Growth of the time from 1 MB to 10 MB:$(growth_line 1m 10m)."
  echo
  echo "Growth of the time from 10 MB to 50 MB:$(growth_line 10m 50m)."
  echo
  echo "## Targets"
  echo
  echo "| target | measured | |"
  echo "|---|---|---|"
  printf '%s\n' "${T_ROWS[@]}"
  echo
  f=$(findings)
  if [ -n "$f" ]; then
    echo "## Findings"
    echo
    echo "$f"
    echo
  fi
  echo "## Profiles"
  echo
  if [ "$PROFILER" = none ]; then
    echo "No profile: BENCH_PROFILE=0, or neither perf (with instruction counters) nor valgrind is installed."
  else
    [ "$PROFILER" = callgrind ] &&
      echo "perf cannot count instructions here (\`perf stat -e instructions true\` reports them not supported), so the profiles are valgrind's callgrind (instructions executed, Ir)."
    echo "Each command is profiled on the 1 MB corpus, or on a smaller one when that would take longer than ${PROF_BUDGET} s under the profiler."
    for cmd in text html docx check; do
      [ -f "$P/$cmd.top" ] || continue
      echo
      echo "### $cmd (corpus $(cat "$P/$cmd.corpus"))"
      echo
      echo "Hottest functions, self cost:"
      echo
      echo '```'
      cat "$P/$cmd.top"
      echo '```'
      if [ -s "$P/$cmd.incl" ]; then
        echo
        echo "resc's own functions, inclusive cost:"
        echo
        echo '```'
        cat "$P/$cmd.incl"
        echo '```'
      fi
    done
  fi
  echo
  echo "## Recommendations"
  echo
  if [ "${#MISSED[@]}" -eq 0 ]; then
    echo "Every target holds."
  else
    echo "For each missed target (from bench/recommendations.md, written against the profiles"
    echo "above; check them against the current profile before acting):"
    echo
    recommendations
  fi
} >"$MD"

# (in a build in the source tree the two are one file)
if ! [ "$MD" -ef "$srcdir/bench/RESULTS.md" ]; then
  cp "$MD" "$srcdir/bench/RESULTS.md" || say "bench: cannot write $srcdir/bench/RESULTS.md"
fi
say "bench: wrote $srcdir/bench/RESULTS.md"
column -t -s "$(printf '\t')" "$TSV" >&2 2>/dev/null || cat "$TSV" >&2
exit 0
