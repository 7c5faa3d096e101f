#!/usr/bin/env bash
# expect_exit.sh CODE PATTERN COMMAND...: runs COMMAND, passes when it exits with CODE and its
# output contains PATTERN (extended regex). Used for the malformed-input script tests.
code=$1; pattern=$2; shift 2
out=$("$@" 2>&1); got=$?
echo "$out"
[ "$got" -eq "$code" ] || { echo "expected exit code $code, got $got"; exit 1; }
echo "$out" | grep -Eq -- "$pattern" || { echo "output does not match: $pattern"; exit 1; }
