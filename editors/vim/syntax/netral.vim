" Vim syntax file for the netral rule language (docs/language.md): English
" and Indonesian keywords. The lists must match grammar/src/dsl_grammar.hpp:
" tests/lsp/editors.py checks it.
" Install: copy editors/vim/syntax and editors/vim/ftdetect into ~/.vim/.
if exists("b:current_syntax")
  finish
endif

syntax iskeyword @,48-57,_,192-255

syntax keyword netralDeclaration admissibility aggregation agregasi aturan cakupan contoh deadline define
syntax keyword netralDeclaration definisi election example facts fakta jenis_pelanggaran kalender_kerja kinds
syntax keyword netralDeclaration levels pemilihan penerimaan peraturan recommend regulation rekomendasi requirement
syntax keyword netralDeclaration rule scope syarat tenggat tingkat workdays
syntax keyword netralOperatorWord ada all and any atau bukan contains dalam
syntax keyword netralOperatorWord dan diketahui disebutkan given in known memuat not
syntax keyword netralOperatorWord or semua tidak_diketahui unknown
syntax keyword netralConstant benar false none salah true
syntax keyword netralType bool daftar dari date enum integer list object
syntax keyword netralType objek of string
syntax keyword netralClause act after akhir_pekan as aturan basis batas_waktu bawaan
syntax keyword netralClause berlaku bersamaan bertanggal by campaign candidate_determination catatan citation
syntax keyword netralClause cites concurrent daftar dalam dari dasar dasar_sanksi dated
syntax keyword netralClause default di_luar dicabut dikecualikan dikesampingkan due element excepted
syntax keyword netralClause expect for from group harapan hasil heaviest holiday
syntax keyword netralClause in_force jatuh_tempo jenis jika kampanye kecuali kelompok kepada
syntax keyword netralClause ketentuan kind kurang laporan level libur list masa_tenang
syntax keyword netralClause measures mengesampingkan missing naik note object objek of
syntax keyword netralClause oleh outcome outside overridden overrides pemungutan_suara pendaftaran penetapan_calon
syntax keyword netralClause pengulangan per perbuatan pertanyaan pertimbangan provision question quiet_period
syntax keyword netralClause raise reasoning refer registration repealed repeat report required
syntax keyword netralClause ringkas rujuk rules sampai sanction sanksi sebagai sejak
syntax keyword netralClause setelah shorthand sitasi source status subject subjek sumber
syntax keyword netralClause teks terberat text time_limit tindakan tingkat to unless
syntax keyword netralClause unsur until untuk voting_day wajib weekend when within

syntax match netralComment "#.*$" contains=@Spell
syntax region netralReport start=+"""+ end=+"""+
syntax region netralString start=+"+ skip=+\\.+ end=+"+ contains=@Spell
syntax match netralDate "\<\d\{4}-\d\d-\d\d\>"
syntax match netralNumber "\<\d\+\>"
syntax match netralProvision "\<[a-z0-9][a-z0-9_.-]*\(/[A-Za-z0-9_.-]\+\)\+"
syntax match netralOperator "==\|!=\|<=\|>=\|<\|>\|\.\."

highlight default link netralComment Comment
highlight default link netralReport String
highlight default link netralString String
highlight default link netralDate Number
highlight default link netralNumber Number
highlight default link netralProvision Identifier
highlight default link netralDeclaration Statement
highlight default link netralClause Keyword
highlight default link netralOperatorWord Operator
highlight default link netralOperator Operator
highlight default link netralConstant Boolean
highlight default link netralType Type

let b:current_syntax = "netral"
