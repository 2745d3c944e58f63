" .netral files are rule packs in the netral language.
autocmd BufRead,BufNewFile *.netral setfiletype netral
