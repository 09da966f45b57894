# Sourced by the screenshot scripts inside their Xvfb session.
# window NAME: prints the id of the visible window titled exactly NAME, waiting up to 10 s; when it
# does not appear, says so (prefixed with $SHOTS_TAG), stops the app ($app) and exits 1.
window() {
  local id=""
  for _ in $(seq 1 50); do
    id=$(xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | tail -n 1 || true)
    [[ -n "$id" ]] && break
    sleep 0.2
  done
  [[ -n "$id" ]] || { echo "${SHOTS_TAG:-screenshots}: the window \"$1\" did not appear" >&2; kill "$app"; exit 1; }
  echo "$id"
}
