-- Headless Neovim 0.7 as an LSP client of routeguard: open a file, wait for its diagnostics,
-- print them as JSON lines (code, line) and exit. Driven by test/editor/neovim.test.ts.
local server = os.getenv('RG_SERVER')
local root = os.getenv('RG_ROOT')
local file = os.getenv('RG_FILE')
local out = {}

vim.defer_fn(function()
  io.stdout:write('TIMEOUT\n')
  vim.cmd('cq 3')
end, 30000)

vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'routeguard',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result.uri == vim.uri_from_bufnr(bufnr) and #result.diagnostics > 0 then
        for _, d in ipairs(result.diagnostics) do
          table.insert(out, string.format('{"code":"%s","line":%d,"source":"%s"}', d.code, d.range.start.line + 1, d.source))
        end
        -- vim.diagnostic sees them too (what :lua vim.diagnostic.get() shows the user)
        local shown = #vim.diagnostic.get(bufnr)
        io.stdout:write('DIAGNOSTICS ' .. shown .. '\n')
        for _, l in ipairs(out) do io.stdout:write(l .. '\n') end
        vim.cmd('qa!')
      end
    end,
  },
})
if not client_id then
  io.stdout:write('NO CLIENT\n')
  vim.cmd('cq 2')
end
vim.lsp.buf_attach_client(bufnr, client_id)
