-- Neovim's built-in LSP client against the unchanged stdio server: diagnostics arrive, a code action applies.
-- Run: nvim --headless -u NONE -i NONE -n -c 'luafile test-editor/nvim.lua' +'cquit 2' test-editor/workspace/webhook-weak.star.md
local function main()
  vim.bo.filetype = 'markdown'
  local id = vim.lsp.start_client({ name = 'star-coach', cmd = { 'node', 'dist/server.js', '--stdio' }, root_dir = vim.fn.getcwd() .. '/test-editor/workspace' })
  assert(id and vim.lsp.buf_attach_client(0, id), 'client did not start')
  assert(vim.wait(10000, function() return #vim.diagnostic.get(0) >= 10 end, 20), 'no diagnostics after 10 s')
  local found = false
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == 'we-language' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'we-language') then found = true end
  end
  assert(found, 'no we-language finding')
  local line
  for i, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    if l:find('^%- We figured out') then line = i end
  end
  assert(line, 'the weak line is there')
  vim.ui.select = function(items, _, on_choice) on_choice(items[1], 1) end -- the first action: the preferred fix
  vim.api.nvim_win_set_cursor(0, { line, 2 })
  vim.lsp.buf.code_action()
  assert(vim.wait(10000, function() return vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1] == '- I figured out the root cause.' end, 20),
    'code action not applied: ' .. vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1])
  vim.lsp.stop_client(id)
end
local ok, err = xpcall(main, debug.traceback)
if ok then io.stderr:write('nvim: 1 passed, 0 failed\n') vim.cmd('qall!')
else io.stderr:write(tostring(err) .. '\nnvim: 0 passed, 1 failed\n') vim.cmd('cquit 1') end
