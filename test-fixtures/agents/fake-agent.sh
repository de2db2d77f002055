#!/usr/bin/env bash
# A stand-in for the Kiro CLI in tests. Never touches the network. See README.md beside it.
set -u
mode="${1:-}"
[ "$#" -gt 0 ] && shift
case "$mode" in
  change)
    name="${*: -1}"
    echo "- implemented: ${name:-nothing}" >> IMPLEMENTED.md
    echo "updated IMPLEMENTED.md"
    ;;
  fail)
    echo "fake-agent: failing as asked" >&2
    exit 1
    ;;
  hang)
    # A child of our own, so tests can check that the whole process tree is killed.
    sleep 600 &
    echo "child $!"
    wait
    ;;
  noop)
    ;;
  leak)
    echo "token ghp_abcdefghijklmnopqrstuvwxyz0123456789"
    echo "key ${KIRO_API_KEY:-unset}" >&2
    ;;
  echo)
    for arg in "$@"; do echo "$arg"; done
    ;;
  env)
    # Whether each variable is set, never its value: tests check what the agent may see.
    for name in "$@"; do
      if [[ ! "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
        echo "$name=invalid"
      elif [ -n "${!name+x}" ]; then
        echo "$name=set"
      else
        echo "$name=unset"
      fi
    done
    ;;
  *)
    echo "usage: fake-agent.sh change|fail|hang|noop|leak|echo|env [args...]" >&2
    exit 2
    ;;
esac
