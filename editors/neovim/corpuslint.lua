-- corpuslint in Neovim (0.7 or later): starts `corpuslint lsp` for text and JSON Lines buffers.
--
--   require('corpuslint').setup()                                   -- corpuslint on PATH
--   require('corpuslint').setup({ cmd = { 'corpuslint', 'lsp', '--config', '/path/to/.corpuslint.yaml' } })
--
-- One server per workspace: the nearest folder above the file holding .corpuslint.yaml (the project configuration,
-- which the server reads as `corpuslint check` does), else .git, else the file's folder.
-- Diagnostics then show as you type; vim.lsp.buf.code_action() offers the fixes, vim.lsp.buf.hover() the rule.
local M = {}

local function root_of(file)
  local folder = vim.fn.fnamemodify(file, ':p:h')
  local configuration = vim.fn.findfile('.corpuslint.yaml', folder .. ';')
  if configuration ~= '' then
    return vim.fn.fnamemodify(configuration, ':p:h')
  end
  local git = vim.fn.finddir('.git', folder .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return folder
end

function M.setup(opts)
  opts = opts or {}
  local config = {
    name = 'corpuslint',
    cmd = opts.cmd or { 'corpuslint', 'lsp' },
    handlers = opts.handlers,
    on_attach = opts.on_attach,
  }
  local clients = {}
  local function attach(buffer)
    local root = root_of(vim.api.nvim_buf_get_name(buffer))
    if vim.lsp.start then
      vim.lsp.start(vim.tbl_extend('force', config, { root_dir = root }), { bufnr = buffer })
      return
    end
    -- Neovim 0.7 has no vim.lsp.start: one client per root, attached to each buffer.
    if not clients[root] or vim.lsp.client_is_stopped(clients[root]) then
      clients[root] = vim.lsp.start_client(vim.tbl_extend('force', config, { root_dir = root }))
    end
    vim.lsp.buf_attach_client(buffer, clients[root])
  end
  vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
    pattern = opts.pattern or { '*.txt', '*.jsonl', '*.ndjson' },
    callback = function(event) attach(event.buf) end,
  })
end

return M
