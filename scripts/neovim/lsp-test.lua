-- Run by scripts/test-editor-neovim.sh in a headless Neovim: starts corpuslint lsp through editors/neovim/corpuslint.lua,
-- opens copies of a seed and of a line mixing Arabic, combining marks and an emoji, checks the diagnostics against
-- `corpuslint check --format json`, applies code actions and checks the buffer's text. Exits non-zero on any failure.
local env = {
  repo = os.getenv('REPO'),
  work = os.getenv('WORK'),
  server = os.getenv('SERVER_DLL'),
  seed = os.getenv('SEED_NAME'),
}
local TIMEOUT = 60000

local function fail(message)
  io.stderr:write('neovim: FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function read(path)
  local file = assert(io.open(path, 'rb'))
  local text = file:read('*a')
  file:close()
  return text
end

local function lines_of(text)
  local lines = vim.split(text, '\n', true)
  if lines[#lines] == '' then
    table.remove(lines)
  end
  return lines
end

local function wait(condition, what)
  if not vim.wait(TIMEOUT, condition, 50) then
    fail('timed out after ' .. TIMEOUT / 1000 .. ' s waiting for ' .. what)
  end
end

-- Every publishDiagnostics the server sends, as sent, before Neovim turns UTF-16 columns into bytes.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  table.insert(published, result)
  return default_handler(err, result, ctx, config)
end

local function latest(uri, after)
  for i = #published, (after or 0) + 1, -1 do
    if published[i].uri == uri then
      return published[i], i
    end
  end
end

package.path = env.repo .. '/editors/neovim/?.lua;' .. package.path
-- No --rules: the server reads the corpus's .corpuslint.yaml, found from the file opened, as check does.
require('corpuslint').setup({ cmd = { 'dotnet', env.server, 'lsp' } })

local expected = vim.json.decode(read(env.work .. '/expected.json')).diagnostics

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(env.work .. '/corpus/' .. name))
  local buffer = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buffer)
  wait(function() return latest(uri) ~= nil end, 'the diagnostics of ' .. name)
  return buffer, uri
end

-- The server's diagnostics are check's: same ids, messages and UTF-16 ranges; and Neovim places them there.
local function check_diagnostics(name, buffer, uri)
  local want = vim.tbl_filter(function(d) return d.path == name end, expected)
  local got = latest(uri).diagnostics
  if #got ~= #want then
    fail(string.format('%s: %d diagnostics, check reports %d', name, #got, #want))
  end
  for i, d in ipairs(want) do
    local g = got[i]
    local range = string.format('%d:%d-%d:%d', d.line - 1, d.column - 1, d.endLine - 1, d.endColumn - 1)
    local got_range = string.format('%d:%d-%d:%d', g.range.start.line, g.range.start.character, g.range['end'].line, g.range['end'].character)
    if g.code ~= d.id or g.message ~= d.message or got_range ~= range or g.source ~= 'corpuslint' then
      fail(string.format('%s: diagnostic %d is %s %s %s, check says %s %s %s', name, i, g.code, got_range, g.message, d.id, range, d.message))
    end
  end
  local shown = vim.diagnostic.get(buffer)
  if #shown ~= #want then
    fail(string.format('%s: Neovim shows %d diagnostics, check reports %d', name, #shown, #want))
  end
  table.sort(shown, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return (a.code or '') < (b.code or '')
  end)
  for i, d in ipairs(shown) do
    local line = vim.api.nvim_buf_get_lines(buffer, d.lnum, d.lnum + 1, false)[1] or ''
    local _, utf16 = vim.str_utfindex(line, d.col)
    local match = false
    for _, w in ipairs(want) do
      if w.line - 1 == d.lnum and w.column - 1 == utf16 then match = true end
    end
    if not match then
      fail(string.format('%s: Neovim shows a diagnostic at line %d, byte %d (UTF-16 column %d) that check does not report', name, d.lnum, d.col, utf16))
    end
  end
  io.stdout:write(string.format('neovim: %s: %d diagnostics as check reports them\n', name, #got))
end

local function actions_at(buffer, uri, line, character)
  local position = { line = line, character = character }
  local params = { textDocument = { uri = uri }, range = { start = position, ['end'] = position }, context = { diagnostics = {} } }
  local responses, err = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, TIMEOUT)
  if not responses then
    fail('no answer to textDocument/codeAction: ' .. tostring(err))
  end
  local actions = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(actions, action)
    end
  end
  return actions
end

-- The diagnostics of the buffer's text after the edit: the server may publish the text before it again meanwhile
-- (a configuration loaded again lints every open document).
local function apply(buffer, uri, line, character, title)
  for _, action in ipairs(actions_at(buffer, uri, line, character)) do
    if action.title == title then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      local version = vim.lsp.util.buf_versions[buffer]
      local after
      wait(function()
        for i = #published, 1, -1 do
          if published[i].uri == uri and published[i].version == version then
            after = published[i]
            return true
          end
        end
        return false
      end, 'the diagnostics after "' .. title .. '"')
      return after
    end
  end
  fail(string.format('no code action "%s" at %d:%d', title, line, character))
end

local function expect_lines(buffer, want, what)
  local got = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
  if not vim.deep_equal(got, want) then
    for i = 1, math.max(#got, #want) do
      if got[i] ~= want[i] then
        fail(string.format('%s: line %d is «%s», expected «%s»', what, i, tostring(got[i]), tostring(want[i])))
      end
    end
  end
  io.stdout:write('neovim: ' .. what .. ': the buffer holds the expected text\n')
end

-- The seed: its diagnostics, one quick fix, then every fix.
local seed, seed_uri = open(env.seed)
check_diagnostics(env.seed, seed, seed_uri)
local original = vim.api.nvim_buf_get_lines(seed, 0, -1, false)
local after_fix = apply(seed, seed_uri, 0, 0, 'Fix: Delete the line')
expect_lines(seed, vim.list_slice(original, 2), 'Fix: Delete the line')
for _, d in ipairs(after_fix.diagnostics) do
  if d.code == 'CL1003' then fail('CL1003 is still reported after its fix') end
end
apply(seed, seed_uri, 0, 0, 'Fix all in the file')
expect_lines(seed, lines_of(read(env.work .. '/fixed/' .. env.seed)), 'Fix all in the file')

-- Arabic, a shadda, a combining acute and an emoji on one line.
local mixed, mixed_uri = open('mixed.txt')
check_diagnostics('mixed.txt', mixed, mixed_uri)
apply(mixed, mixed_uri, 1, 24, "Fix: Replace with '5 س'")
expect_lines(mixed, lines_of(read(env.work .. '/corpus/mixed.txt'):gsub('15سبتمبر', '15 سبتمبر')), "Fix: Replace with '5 س'")

-- Hover on a finding describes its rule.
local hover = vim.lsp.buf_request_sync(mixed, 'textDocument/hover', { textDocument = { uri = mixed_uri }, position = { line = 1, character = 14 } }, TIMEOUT)
local contents = ''
for _, response in pairs(hover or {}) do
  contents = contents .. ((response.result or {}).contents or {}).value or ''
end
if not contents:find('CL3001', 1, true) then
  fail('hover on a CL3001 finding says «' .. contents .. '»')
end
io.stdout:write('neovim: hover describes CL3001\n')

io.stdout:write('neovim: OK\n')
vim.cmd('qall!')
