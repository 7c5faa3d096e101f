#!/usr/bin/env bash
# expect.sh EXIT_CODE REGEX -- COMMAND...: runs COMMAND, passes when it exits with EXIT_CODE
# and its combined output matches REGEX (extended grep), and the output is one line when it fails.
set -u
want_code=$1; want_text=$2; shift 3
out=$("$@" 2>&1); code=$?
if [ "$code" != "$want_code" ]; then echo "exit code $code, expected $want_code; output:"; echo "$out"; exit 1; fi
if ! grep -Eq -- "$want_text" <<<"$out"; then echo "output does not match /$want_text/:"; echo "$out"; exit 1; fi
if [ "$want_code" != 0 ] && [ "$(wc -l <<<"$out")" -gt 1 ]; then echo "error message is not one line:"; echo "$out"; exit 1; fi
exit 0
