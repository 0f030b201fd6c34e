# Fuzzing targets (make fuzz).
