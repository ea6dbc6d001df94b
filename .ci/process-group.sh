# Start a command in a process group of its own and stop exactly that group later, so CI never has to
# find its processes by name (a `pkill -f` pattern can match other users' processes on a shared
# machine). Sourced by .ci/run; tests/release/ci-process-group.test.ts checks it leaves nothing behind.

# start_group COMMAND [ARGS...]: runs COMMAND in the background as the leader of a new process group
# (bash job control gives every job its own group) and sets GROUP_ID to that group's id.
start_group() {
  set -m
  "$@" &
  GROUP_ID=$!
  set +m
}

# stop_group ID: SIGTERM to every process of the group, up to 10 s to exit, then SIGKILL.
stop_group() {
  local id=$1
  kill -TERM -- "-$id" 2> /dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 -- "-$id" 2> /dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$id" 2> /dev/null || true
}
