# The demo check of .ci/run, sourced by it (and by tests/ci/demo-check.test.ts).

# demo_log_tail LOG MESSAGE: says why the check failed, with the end of the demo's output.
demo_log_tail() {
  echo "$2; $1:" >&2
  tail -n 40 "$1" >&2
}

# check_demo LOG GROUP: checks the demo that process group GROUP runs, started on free ports
# (`npm start -- --port 0`). The demo prints its shop's address once it listens; this waits up to
# DEMO_WAIT seconds (default 120: npm start builds first) for that line in LOG, then loads the shop,
# the inspector and gtm.js from that address and checks the group still runs. The demo chose that port
# and holds it while it runs, so the answers are its own: a server already listening on 8787 or on
# DEMO_PORT plays no part. Answers 0, or prints why and answers 1.
check_demo() {
  local log=$1 group=$2 shop="" tries=0
  local limit=$(( ${DEMO_WAIT:-120} * 5 ))
  while :; do
    shop=$(sed -n 's|^ *shop: *\(http://127\.0\.0\.1:[0-9][0-9]*\) .*|\1|p' "$log" | head -n 1)
    [ -n "$shop" ] && break
    if ! kill -0 -- "-$group" 2> /dev/null; then demo_log_tail "$log" "npm start stopped before it served the demo"; return 1; fi
    tries=$((tries + 1))
    if [ "$tries" -ge "$limit" ]; then demo_log_tail "$log" "npm start did not print the shop's address within ${DEMO_WAIT:-120} s"; return 1; fi
    sleep 0.2
  done
  for page in / /inspector /gtm.js; do
    if ! curl -fsS -o /dev/null "$shop$page" 2> /dev/null; then demo_log_tail "$log" "the demo did not serve $shop$page"; return 1; fi
  done
  if ! kill -0 -- "-$group" 2> /dev/null; then demo_log_tail "$log" "the demo stopped while it was checked"; return 1; fi
}
