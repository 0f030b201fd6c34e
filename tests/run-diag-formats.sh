#!/bin/sh
# The machine-readable diagnostics: --diagnostics-format=json is one array of objects
# with the documented fields, and --diagnostics-format=sarif has the structure SARIF 2.1.0
# requires of a log that code-scanning services read (version, runs, tool.driver with its
# rules, results with ruleId, ruleIndex pointing at that rule, level, message.text and a
# physical location with a 1-based region). Checked with jq.
. "${srcdir:-.}/tests/lib.sh"
if ! command -v jq >/dev/null 2>&1; then
  echo "SKIP: jq not installed (apt-get install jq)"
  exit 77
fi
check() { # description jq-filter file
  if jq -e "$2" "$3" >/dev/null 2>&1; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
inputs="$srcdir/tests/cases/errors/punctuation.resc $srcdir/tests/cases/errors/order-refs-footnotes.resc $srcdir/tests/cases/errors/syntax.resc"
"$RESC" check --diagnostics-format=json $inputs >"$dir/d.json" 2>/dev/null
check "json is an array of 18 diagnostics" 'type == "array" and length == 18' "$dir/d.json"
check "json fields" 'all(.[]; (.file|type)=="string" and (.line|type)=="number" and (.column|type)=="number"
  and (.end_line|type)=="number" and (.end_column|type)=="number"
  and (.severity|IN("error","warning","note")) and (.rule|type)=="string" and (.message|type)=="string")' "$dir/d.json"
check "json carries fixes" '[.[] | select(.fix)] | length > 0' "$dir/d.json"
check "json first diagnostic" '.[0] | .line == 1 and .column == 37 and .rule == "punctuation"' "$dir/d.json"

"$RESC" check --diagnostics-format=sarif $inputs >"$dir/d.sarif" 2>/dev/null
check "sarif version and runs" '.version == "2.1.0" and (.runs|length) == 1' "$dir/d.sarif"
check "sarif driver" '.runs[0].tool.driver | .name == "resc" and (.rules|length) > 10
  and all(.rules[]; (.id|type)=="string" and (.shortDescription.text|type)=="string")' "$dir/d.sarif"
check "sarif results" '.runs[0] as $r | ($r.results|length) == 18 and all($r.results[];
  .ruleId == $r.tool.driver.rules[.ruleIndex].id and (.level|IN("error","warning","note"))
  and (.message.text|type)=="string"
  and (.locations[0].physicalLocation | (.artifactLocation.uri|type)=="string"
       and .region.startLine >= 1 and .region.startColumn >= 1))' "$dir/d.sarif"

"$RESC" check --diagnostics-format=json "$srcdir/examples/new-resolution.resc" >"$dir/clean.json"
check "json for a clean file is []" '. == []' "$dir/clean.json"
finish "diagnostics formats"
