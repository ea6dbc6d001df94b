# The demo check of .ci/run, sourced by it (and by tests/ci/demo-check.test.ts).

# check_demo LOG GROUP: waits up to DEMO_WAIT seconds (default 120) for the demo of process group GROUP
# to answer its shop, inspector and gtm.js, then answers 0; else prints why with LOG's tail and answers 1.
check_demo() {
  local log=$1 group=$2 shop="http://127.0.0.1:${DEMO_PORT:-8787}" answered=no
  for _ in $(seq 1 "${DEMO_WAIT:-120}"); do
    if curl -fsS "$shop/" > /dev/null 2>&1 && curl -fsS "$shop/inspector" > /dev/null 2>&1; then answered=yes; break; fi
    kill -0 "$group" 2> /dev/null || break
    sleep 1
  done
  if [ "$answered" != yes ]; then
    echo "npm start did not serve $shop within ${DEMO_WAIT:-120} s; $log:" >&2
    tail -n 40 "$log" >&2
    return 1
  fi
  curl -fsS "$shop/gtm.js" > /dev/null
}
