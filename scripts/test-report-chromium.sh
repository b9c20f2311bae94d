#!/usr/bin/env bash
# The HTML corpus report in headless Chromium. The pages checked: `corpuslint report seeds`, a fixture with every
# section filled (written by the renderer's test) and, when the development corpora are unpacked, the report of a
# real excerpt: the first 20 articles of three SaudiNewsNet outlets, copied at run time into the temporary folder
# (the corpora stay outside the repository). Each must load with no console message, request nothing from the
# network, run its script to the end (it counts the copy buttons it wired) and draw its charts; then a screenshot of
# each is taken. A page with a script error and an external image is checked first and must be refused, so the
# checks are known to catch what they look for.
#
#   scripts/test-report-chromium.sh                   # screenshots go to a temporary folder, removed at the end
#   scripts/test-report-chromium.sh --keep DIR        # keep the pages, logs and screenshots in DIR
#   scripts/test-report-chromium.sh --update-docs     # also copy the screenshot of the excerpt (of the seeds without
#                                                     # the corpora) to docs/report.png
#   scripts/test-report-chromium.sh --corpora DIR     # the corpora's folder, holding saudinewsnet/ (default: the
#                                                     # first of eval/.corpora/real-news and ~/corpora/real-news)
#
# Chromium (Debian's package) and an Arabic font are installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

keep=""
update_docs=false
corpora=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep="$2"; shift 2 ;;
    --update-docs) update_docs=true; shift ;;
    --corpora) corpora="$2"; shift 2 ;;
    *) echo "usage: $0 [--keep DIR] [--update-docs] [--corpora DIR]" >&2; exit 2 ;;
  esac
done
if [ -n "$corpora" ] && [ ! -d "$corpora/saudinewsnet" ]; then
  echo "test-report-chromium: $corpora holds no saudinewsnet/ folder" >&2
  exit 2
fi
if [ -z "$corpora" ]; then
  for candidate in eval/.corpora/real-news "$HOME/corpora/real-news"; do
    if [ -d "$candidate/saudinewsnet" ]; then corpora="$candidate"; break; fi
  done
fi

fail() { echo "test-report-chromium: FAIL: $*" >&2; exit 1; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Without an Arabic font the screenshot shows boxes instead of letters.
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then scripts/apt-install.sh "${missing[@]}"; fi
echo "-- $(chromium --version 2>/dev/null | head -n 1)"

if [ -n "$keep" ]; then
  mkdir -p "$keep"
  work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

# Nothing but the page: no background requests of the browser's own, and no name resolves, so a page that tried to
# load anything could not, and the attempt shows in the network log.
chromium_flags=(
  --headless --no-sandbox --disable-gpu --hide-scrollbars
  --disable-background-networking --disable-component-update --disable-sync --disable-default-apps
  --disable-extensions --no-first-run --mute-audio
  "--host-resolver-rules=MAP * ~NOTFOUND"
  --virtual-time-budget=5000
)

run_chromium() {
  timeout -k 10 120 chromium "${chromium_flags[@]}" "$@"
}

# check_page NAME MIN_CHARTS: loads NAME.html; says why it fails, or nothing.
check_page() {
  local name="$1" min_charts="$2"
  local page="$work/$name.html" log="$work/$name.console.log" dom="$work/$name.dom.html" netlog="$work/$name.netlog.json"
  rm -f "$netlog"
  if ! run_chromium --enable-logging=stderr --v=0 "--log-net-log=$netlog" --dump-dom "file://$page" >"$dom" 2>"$log"; then
    echo "chromium did not load $name.html (see $log)"
    return
  fi

  # The page logs nothing, so any console message (an error, an uncaught exception) is a failure.
  if grep -q ':CONSOLE' "$log"; then
    echo "$name.html wrote to the console:"
    grep ':CONSOLE' "$log"
    return
  fi

  # Requests made for the page carry its origin, file://, as their isolation key.
  local requests
  requests="$(grep '"network_isolation_key":"file://' "$netlog" | grep -oE '"url":"[^"]*"' | sort -u || true)"
  if [ -n "$requests" ]; then
    echo "$name.html requested resources: $requests"
    return
  fi

  local buttons wired charts
  buttons="$(grep -o 'class="copy"' "$page" | wc -l)"
  wired="$(grep -oE 'data-copy-buttons="[0-9]+"' "$dom" | grep -oE '[0-9]+' || true)"
  if [ "$wired" != "$buttons" ]; then
    echo "$name.html: the script did not finish: it wired '${wired:-none}' copy buttons of $buttons"
    return
  fi

  charts="$(grep -o '<svg class="chart' "$dom" | wc -l)"
  if [ "$charts" -lt "$min_charts" ]; then
    echo "$name.html: $charts charts drawn, expected at least $min_charts"
    return
  fi

  if ! run_chromium --window-size=1280,3000 "--screenshot=$work/$name.png" "file://$page" >/dev/null 2>&1 \
      || [ "$(stat -c %s "$work/$name.png" 2>/dev/null || echo 0)" -lt 50000 ]; then
    echo "$name.html: no screenshot"
    return
  fi

  echo "-- $name.html: no console message, no request, $wired copy buttons wired, $charts charts; screenshot $work/$name.png" >&2
}

echo "-- the checks refuse a broken page"
cat >"$work/broken.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head>
<body><img src="https://example.invalid/logo.png" alt=""><script>document.documentElement.dataset.copyButtons = 0; missingFunction();</script></body></html>
HTML
verdict="$(check_page broken 0 2>/dev/null)"
case "$verdict" in
  *"wrote to the console"*"missingFunction"*) ;;
  *) fail "a page with a script error was not refused: '${verdict:-accepted}'" ;;
esac
sed -i 's/ missingFunction();//' "$work/broken.html"
verdict="$(check_page broken 0 2>/dev/null)"
case "$verdict" in
  *"requested resources"*"example.invalid/logo.png"*) ;;
  *) fail "a page loading an external image was not refused: '${verdict:-accepted}'" ;;
esac

echo "-- corpuslint report seeds"
dotnet build src/Linter.Cli -v q -nologo >/dev/null
dotnet run --project src/Linter.Cli --no-build -- report seeds --html "$work/seeds.html"

# Three outlets of 20 articles each: a source needs 20 documents before its recurring leftovers (CL1008) show.
if [ -n "$corpora" ]; then
  echo "-- corpuslint report on 60 real articles of $corpora/saudinewsnet"
  for outlet in was sabq alyaum; do
    mkdir -p "$work/news/$outlet"
    mapfile -t articles < <(find "$corpora/saudinewsnet/$outlet" -maxdepth 1 -type f -name '*.txt' | sort)
    [ ${#articles[@]} -ge 20 ] || fail "$corpora/saudinewsnet/$outlet holds ${#articles[@]} articles, not 20"
    cp "${articles[@]:0:20}" "$work/news/$outlet/"
  done
  repository="$(pwd)"
  (cd "$work" && dotnet run --project "$repository/src/Linter.Cli" --no-build -- report news --html "$work/excerpt.html")
else
  echo "-- no development corpora (eval/.corpora/real-news, ~/corpora/real-news): the real excerpt is skipped"
fi

echo "-- the fixture with every section"
CORPUSLINT_REPORT_FIXTURE="$work/fixture.html" dotnet test tests/Linter.Cli.Tests -v q -nologo \
  --filter "FullyQualifiedName~HtmlReportWriterTests.Every_section_is_rendered_from_the_model_in_order" >/dev/null
[ -s "$work/fixture.html" ] || fail "the renderer's test did not write the fixture page"

# seeds: the category chart and one chart per transliteration family the seeds use (11).
verdict="$(check_page seeds 12)"; [ -z "$verdict" ] || fail "$verdict"
# The fixture: categories, 3 transliteration families, 2 discovered families.
verdict="$(check_page fixture 6)"; [ -z "$verdict" ] || fail "$verdict"

picture="$work/seeds.png"
if [ -n "$corpora" ]; then
  # The excerpt: categories and the transliteration families its articles use.
  verdict="$(check_page excerpt 2)"; [ -z "$verdict" ] || fail "$verdict"
  picture="$work/excerpt.png"
fi

if $update_docs; then
  cp "$picture" docs/report.png
  echo "-- docs/report.png updated from $(basename "$picture")"
fi
echo "test-report-chromium: OK"
