#!/usr/bin/env bash
# Uses this repository's pre-commit hooks in a temporary corpus repository configured by a .corpuslint.yaml: a seed is refused, a staged README is left out by the configuration's include, a clean file passes, a staged copy of a committed article is refused when judged against the saved corpus state, a fixable file is fixed, a bad rule named by the configuration is refused.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

if ! command -v pre-commit > /dev/null || ! command -v git > /dev/null; then
  echo "== installing pre-commit and git from Debian's packages"
  [ "$(id -u)" -eq 0 ] || fail "pre-commit is not on PATH; install it (apt-get install pre-commit) or run as root"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y pre-commit git
fi
echo "== $(pre-commit --version)"

work="$(mktemp -d -t corpuslint-pre-commit.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# pre-commit's clones and hook environments go to the temporary folder, not ~/.cache/pre-commit.
export PRE_COMMIT_HOME="$work/pre-commit-home"
git_identity=(-c user.name=corpuslint-test -c user.email=corpuslint-test@example.invalid -c commit.gpgsign=false)

# pre-commit clones the hook repository at a commit. Uncommitted changes are not in any commit, so they go into
# a commit of a temporary copy of the repository; a clean checkout (as in CI) is used as it is, at HEAD.
hook_repo="$repo"
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  echo "== the working tree has uncommitted changes: the hook is built from a temporary commit of the working tree"
  hook_repo="$work/hook-repo"
  git clone -q "$repo" "$hook_repo"
  git -C "$repo" ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    if [ -e "$repo/$file" ]; then
      mkdir -p "$hook_repo/$(dirname "$file")"
      cp -p "$repo/$file" "$hook_repo/$file"
    else
      rm -f "$hook_repo/$file"
    fi
  done
  git -C "$hook_repo" add -A
  git -C "$hook_repo" "${git_identity[@]}" commit -q -m "Working tree of $repo"
fi
rev="$(git -C "$hook_repo" rev-parse HEAD)"

corpus="$work/corpus"
echo "== a corpus repository in $corpus using $hook_repo at $rev"
git init -q "$corpus"
cd "$corpus"
# Writes .pre-commit-config.yaml with one hook of this repository: its id, then its files pattern and arguments, if any.
write_config() {
  {
    printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: %s\n' "$hook_repo" "$rev" "$1"
    [ -z "${2:-}" ] || printf '        files: %s\n' "$2"
    [ -z "${3:-}" ] || printf '        args: %s\n' "$3"
  } > .pre-commit-config.yaml
  cat .pre-commit-config.yaml
}
write_config corpuslint '' '[--fail-level, warning]'
# The hooks take every staged text file; the project configuration says which are corpus files.
printf "include: ['corpus/**']\n" > .corpuslint.yaml
pre-commit install
echo "== pre-commit install-hooks (dotnet pack, then dotnet tool install from the package)"
pre-commit install-hooks
git add .pre-commit-config.yaml .corpuslint.yaml
git "${git_identity[@]}" commit -q -m "pre-commit configuration"

# Commits the staged files; prints pre-commit's output and returns git's exit code.
try_commit() {
  local status=0
  git "${git_identity[@]}" commit -m "$1" > "$work/commit.out" 2>&1 || status=$?
  cat "$work/commit.out"
  return "$status"
}

# expect_refused MESSAGE WHAT: the commit of the staged files must be refused, and no commit made.
expect_refused() {
  local before
  before="$(git rev-parse HEAD)"
  if try_commit "$1"; then
    fail "$2 was accepted"
  fi
  [ "$(git rev-parse HEAD)" = "$before" ] || fail "a commit was made although the hook failed"
}

echo "== staging a seed (it has warnings): the commit must be refused, with the diagnostics shown"
mkdir -p corpus
cp "$repo/seeds/001_698cf3f044971efa.txt" corpus/article.txt
cp "$repo/seeds/001_698cf3f044971efa.txt" README.txt
git add corpus/article.txt README.txt
expect_refused "A seed article" "the commit of a seed with warnings"
grep -q "corpus/article.txt(1,1): warning CL1003: " "$work/commit.out" || fail "the hook's output does not show the seed's diagnostics"
grep -q "1 file linted: 0 errors, [0-9]* warnings" "$work/commit.out" || fail "the hook's output has no summary line (README.txt, outside the configuration's include, must not be linted)"
! grep -q "README.txt" "$work/commit.out" || fail "README.txt, outside the configuration's include, was linted"
echo "-- refused, as expected"

echo "== staging a clean file instead: the commit must pass"
git rm -q --cached corpus/article.txt README.txt
rm corpus/article.txt README.txt
printf 'وصل الرئيس إلى موسكو صباح الجمعة في زيارة رسمية.\n' > corpus/clean.txt
git add corpus/clean.txt
head_before="$(git rev-parse HEAD)"
try_commit "A clean article" || fail "the commit of a clean file was refused"
[ "$(git rev-parse HEAD)" != "$head_before" ] || fail "no commit was made"
echo "-- committed, as expected"

echo "== judged against the saved corpus: a staged copy of a committed article is refused, naming the article it copies"
printf 'قال وزير الخارجية إن المحادثات مع الجانب الروسي تناولت ملفات التعاون الاقتصادي والطاقة والأمن الإقليمي، وإن الطرفين اتفقا على مواصلة الحوار خلال الأشهر المقبلة.\n' > corpus/talks.txt
git add corpus/talks.txt
try_commit "An article on the talks" || fail "the commit of a clean article was refused"
# What the CI job does after every push: save the state of the whole corpus (kept out of the repository).
printf '.corpuslint/\n' > .gitignore
status=0
dotnet run --project "$repo/src/Linter.Cli" -c Release -- check corpus --state .corpuslint/state --quiet || status=$?
[ "$status" -le 1 ] || fail "saving the corpus state exited $status"
[ -f .corpuslint/state/corpus.1-of-1.clstate ] || fail "no corpus state was saved"
write_config corpuslint '' '[--against, .corpuslint/state, --fail-level, warning]'
git add .pre-commit-config.yaml .gitignore
try_commit "Judge staged articles against the saved corpus" || fail "the commit of the configuration was refused"
cp corpus/talks.txt corpus/talks-again.txt
git add corpus/talks-again.txt
expect_refused "The same article again" "the commit of a copy of a committed article"
grep -q "corpus/talks-again.txt(1,1): warning CL2002: Same text as corpus/talks.txt" "$work/commit.out" || fail "the hook's output does not name the committed article copied"
grep -q "    corpus/talks.txt(1,1): first occurrence" "$work/commit.out" || fail "the hook's output does not give the committed article's place"
git rm -q --cached corpus/talks-again.txt
rm corpus/talks-again.txt
# Ten new articles staged together, two of them copies of each other. pre-commit shares the files of a hook out
# among processes, one per core, unless the hook says require_serial; then the hook runs once over all of them,
# finds the copy and prints one summary.
i=0
for city in الرياض جدة الدمام مكة المدينة أبها تبوك حائل; do
  i=$((i + 1))
  printf 'وصل وفد الوزارة إلى %s صباح اليوم لافتتاح مشروعات جديدة في قطاع النقل.\n' "$city" > "corpus/visit-$i.txt"
done
printf 'افتتح أمير المنطقة معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة.\n' > corpus/fair.txt
cp corpus/fair.txt corpus/fair-again.txt
git add corpus/visit-*.txt corpus/fair.txt corpus/fair-again.txt
expect_refused "Ten articles, two of them copies" "the commit of two copies of a new article"
grep -q "corpus/fair.txt(1,1): warning CL2002: Same text as corpus/fair-again.txt" "$work/commit.out" || fail "the hook did not find the copy among the staged files"
[ "$(grep -c "files linted" "$work/commit.out")" -eq 1 ] || fail "the hook ran more than once over the staged files: $(grep "files linted" "$work/commit.out" | tr '\n' ' ')"
git rm -q --cached corpus/fair.txt corpus/fair-again.txt corpus/visit-*.txt
rm corpus/fair.txt corpus/fair-again.txt corpus/visit-*.txt
printf 'أعلنت وزارة الصحة افتتاح مستشفى جديد في المنطقة الشرقية يضم مئتي سرير وقسما للطوارئ.\n' > corpus/hospital.txt
git add corpus/hospital.txt
try_commit "A new article" || fail "the commit of a new article judged against the saved corpus was refused"
echo "-- the copy refused, a new article committed, as expected"

echo "== the fixing hook: a file with trailing spaces and tatweel is fixed, refused once, then committed"
write_config corpuslint-fix '' '[--fail-level, warning]'
git add .pre-commit-config.yaml
try_commit "The fixing hook" || fail "the commit of the configuration was refused"
printf 'وصل الرئـــيس إلى موسكو.   \n' > corpus/fixable.txt
git add corpus/fixable.txt
if try_commit "A fixable article"; then
  fail "the commit of a file the hook fixed was accepted as it was"
fi
grep -q "files were modified by this hook" "$work/commit.out" || fail "pre-commit did not report the fixed file"
[ "$(cat corpus/fixable.txt)" = 'وصل الرئيس إلى موسكو.' ] || fail "the file was not fixed: $(cat corpus/fixable.txt)"
git add corpus/fixable.txt
try_commit "A fixed article" || fail "the commit of the fixed file was refused"
echo "-- fixed, then committed, as expected"

echo "== the rules hook: a rule file that .corpuslint.yaml names, with a failing example, is refused; corrected, it is committed"
write_config corpuslint-rules
git add .pre-commit-config.yaml
try_commit "The rules hook" || fail "the commit of the configuration was refused"
mkdir -p rules
printf "include: ['corpus/**']\nrules: [rules]\n" > .corpuslint.yaml
cat > rules/spelling.yaml <<'EOF'
rules:
  - id: XX4001
    kind: substitution
    title: Misspelled name
    message: '«{match}» is a misspelling of «{suggestion}»'
    category: Spelling
    severity: warning
    swap:
      بوينغ يانغ: بيونغ يانغ
    examples:
      clean:
        - قد تحصل بوينغ يانغ على النفط
EOF
git add rules/spelling.yaml .corpuslint.yaml
if try_commit "A rule with a wrong example"; then
  fail "the commit of a rule whose example fails was accepted"
fi
grep -q "rules/spelling.yaml(12,11): error: example of XX4001 should be clean" "$work/commit.out" || fail "the hook's output does not show the failing example"
sed -i 's/قد تحصل بوينغ يانغ على النفط/تعتمد شركة بوينغ على الموردين./' rules/spelling.yaml
git add rules/spelling.yaml
try_commit "A rule with a right example" || fail "the commit of a rule whose examples pass was refused"
echo "-- refused, then committed, as expected"

echo "OK: the pre-commit hooks refuse files with warnings and copies of committed articles, pass clean files, fix what they can and test rules"
