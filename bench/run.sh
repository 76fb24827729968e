#!/usr/bin/env bash
# The benchmark: generates a synthetic archive, checks that Broadsheet reads it back as generated, builds it
# with the CLI and prints a table; with --compare it also renders the same archive with Hugo, indexes that
# site with Pagefind and measures cold queries of both searches in headless Chromium. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [--size tiny|small|year|five-years] [--issues N --articles M] [--compare]
                    [--work DIR] [--seed S] [--breaks after-sentence|anywhere] [--no-broadsheet]

  --size          tiny 3×5 (CI), small 30×40 (default), year 365×40, five-years 1825×40
  --issues/--articles  any other size
  --compare       also Hugo + Pagefind, and cold queries in Chromium (needs hugo, bench/node_modules, chromium)
  --work DIR      where the archive, sites and measurements go (default bench/target/SIZE; emptied first)
  --seed S        the generator's seed (default 1)
  --breaks MODE   where layout breaks may fall (default after-sentence; anywhere stresses the reader)
  --no-broadsheet skip Broadsheet's build (the Hugo + Pagefind side only)
  --no-incremental skip the incremental builds (add the newest issue; rebuild with nothing changed)
Environment: BROADSHEET_OPTS adds JVM options to bin/broadsheet (e.g. -Xmx2g); CHROMIUM (default
/usr/bin/chromium).
EOF
}

root=$(cd "$(dirname "$0")/.." && pwd)
size=small issues='' articles='' compare=false work='' seed=1 breaks=after-sentence broadsheet=true incremental=true
while (($#)); do
  case $1 in
    --size) size=$2; shift ;;
    --issues) issues=$2; shift ;;
    --articles) articles=$2; shift ;;
    --compare) compare=true ;;
    --work) work=$2; shift ;;
    --seed) seed=$2; shift ;;
    --breaks) breaks=$2; shift ;;
    --no-broadsheet) broadsheet=false ;;
    --no-incremental) incremental=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
case $size in
  tiny) : "${issues:=3}" "${articles:=5}" ;;
  small) : "${issues:=30}" "${articles:=40}" ;;
  year) : "${issues:=365}" "${articles:=40}" ;;
  five-years) : "${issues:=1825}" "${articles:=40}" ;;
  *) echo "error: unknown size '$size' (tiny, small, year, five-years)" >&2; exit 2 ;;
esac
[[ -n $issues && -n $articles ]] || { usage >&2; exit 2; }
label="${issues}x${articles}"
work=${work:-$root/bench/target/$label}
work=$(mkdir -p "$work" && cd "$work" && pwd)
jar=$root/generator-core/target/broadsheet.jar
broadsheet_port=8765
hugo_port=8766

step() { printf '\n== %s\n' "$*" >&2; }
need() { command -v "$1" >/dev/null || { echo "error: '$1' is missing: $2" >&2; exit 1; }; }
# Runs a command under /usr/bin/time -v, its figures in $work/time-NAME.txt, its output in $work/NAME.log.
timed() {
  local name=$1; shift
  # Each timed step pays for its own writes only, not for flushing the files earlier steps left in memory.
  sync
  if ! /usr/bin/time -v -o "$work/time-$name.txt" "$@" >"$work/$name.log" 2>&1; then
    echo "error: $name failed: $*" >&2
    tail -n 30 "$work/$name.log" >&2
    exit 1
  fi
}

[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing: apt-get install time" >&2; exit 1; }
need java "install a JDK 17"
need node "install Node 20 (apt-get install nodejs npm)"
# (Re)build the CLI jar when it is missing or older than any source it is made from.
if [[ ! -f $jar || -n $(find "$root/generator-core/src/main" "$root/templates/src/main" "$root"/pom.xml \
      "$root"/*/pom.xml -newer "$jar" -print -quit 2>/dev/null) ]]; then
  step "building $jar"
  (cd "$root" && mvn -B -q -pl generator-core -am package -DskipTests)
fi

rm -rf "${work:?}"/*
step "generating $issues issues × $articles articles (seed $seed) into $work/src"
java "$root/bench/SyntheticArchive.java" --issues "$issues" --articles "$articles" --seed "$seed" \
  --breaks "$breaks" --sample "$root/seeds" --out "$work/src" --manifest "$work/expected.tsv" \
  --base-url "http://127.0.0.1:$broadsheet_port/"
echo "size=$label issues=$issues articles=$articles seed=$seed breaks=$breaks" >"$work/archive.txt"
while read -r query; do
  [[ -z $query || $query == \#* ]] && continue
  for term in $query; do
    grep -rqF -- "$term" "$work/src" || echo "warning: query term '$term' does not occur in the archive" >&2
  done
done <"$root/bench/queries.txt"

step "reading it back: java -jar broadsheet.jar parse"
java -jar "$jar" parse "$work/src" >"$work/parse.json" 2>"$work/parse.err" || { cat "$work/parse.err" >&2; exit 1; }
node "$root/bench/check-parse.mjs" "$work/parse.json" "$work/expected.tsv" | tee "$work/check-parse.txt"

if $broadsheet; then
  # The launcher's first build records the classes it loads for later runs (class data sharing): done here,
  # on the sample, so the timed builds run as every build after the first does.
  "$root/bin/broadsheet" build --source "$root/seeds" --out "$work/warm-up-site" >"$work/warm-up.log" 2>&1 \
    || { cat "$work/warm-up.log" >&2; exit 1; }
  step "Broadsheet: bin/broadsheet build"
  timed broadsheet "$root/bin/broadsheet" build --source "$work/src" --out "$work/broadsheet-site"
  [[ -f $work/broadsheet-site/index.html ]] || { echo "error: the build wrote no index.html" >&2; exit 1; }
  if $incremental && ((issues > 1)); then
    # A daily update: the archive without its newest issue is built (not timed), then the issue is added.
    step "Broadsheet incremental: adding the newest issue, then rebuilding with nothing changed"
    newest=$(find "$work/src" -maxdepth 1 -name '*.txt' | sort | tail -n 1)
    mkdir -p "$work/held-back"
    mv "$newest" "$work/held-back/"
    "$root/bin/broadsheet" build --source "$work/src" --out "$work/incremental-site" >"$work/incremental-base.log" 2>&1 \
      || { tail -n 30 "$work/incremental-base.log" >&2; exit 1; }
    mv "$work/held-back/$(basename "$newest")" "$work/src/"
    timed broadsheet-add "$root/bin/broadsheet" build --source "$work/src" --out "$work/incremental-site"
    timed broadsheet-unchanged "$root/bin/broadsheet" build --source "$work/src" --out "$work/incremental-site"
    # The incremental site must be the clean build's, file for file.
    diff -r -q "$work/broadsheet-site" "$work/incremental-site" >"$work/incremental-diff.txt" \
      || { echo "error: the incremental build differs from the clean build:" >&2; head "$work/incremental-diff.txt" >&2; exit 1; }
  fi
fi

if $compare; then
  need hugo "apt-get install hugo"
  [[ -x $root/bench/node_modules/.bin/pagefind ]] || (cd "$root/bench" && npm ci --no-audit --no-fund)
  step "Hugo: converting the parsed archive to content files, then hugo"
  cp -r "$root/bench/hugo" "$work/hugo-site"
  node "$root/bench/to-hugo.mjs" "$work/parse.json" "$work/hugo-site"
  HUGO_TITLE=$(sed -n 's/^title=//p' "$work/src/broadsheet.properties")
  export HUGO_TITLE
  timed hugo hugo --quiet -s "$work/hugo-site" -d "$work/hugo-public" \
    --baseURL "http://127.0.0.1:$hugo_port/"
  step "Pagefind: indexing the Hugo site"
  timed pagefind "$root/bench/node_modules/.bin/pagefind" --site "$work/hugo-public"
  step "Broadsheet's search index alone (bench/IndexAlone.java, the launcher's JVM options; no files written)"
  thp=
  if grep -q '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    thp=-XX:+UseTransparentHugePages
  fi
  sync
  # shellcheck disable=SC2086 # thp is one option or none
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $thp -cp "$jar" "$root/bench/IndexAlone.java" "$work/src" \
    >"$work/index-alone.json" || { echo "error: the index-alone run failed" >&2; exit 1; }
  step "cold queries in Chromium"
  sites=("pagefind=$work/hugo-public@$hugo_port")
  $broadsheet && sites+=("broadsheet=$work/broadsheet-site@$broadsheet_port")
  node "$root/bench/query.mjs" --queries "$root/bench/queries.txt" --out "$work/queries.json" "${sites[@]}"
fi

step "results ($work/results.md)"
node "$root/bench/report.mjs" "$work" | tee "$work/results.md"
