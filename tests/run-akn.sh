#!/bin/sh
# Placeholder until this test is written.
echo "SKIP: not written yet"
exit 77
