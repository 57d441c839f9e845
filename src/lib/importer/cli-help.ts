/** The text of `npm run import -- --help`. */
export const HELP = `Split raw newspaper page dumps into one Markdown file per item.

Usage:
  npm run import -- <dump-file> --date YYYY-MM-DD --page N [options]
  npm run import -- <dump-folder> [options]

A folder imports every dump in it: content/dumps/<date>/<page>.txt takes its date from the
folder name and its page number from the file name; a folder of date folders imports them all.
A one-page PDF (03.pdf) is split from its layout and also writes the page image (WebP, three
widths), the PDF and each item's regions on the page; a PDF of several pages is refused.

Options:
  --date YYYY-MM-DD   edition date (a folder named like a date supplies it)
  --page N            page number, 1 for 第01版 (a file named 01.txt supplies it)
  --page-name 名称     page name for the edition manifest (else the dump's page header, if any)
  --encoding E        the dump's encoding: utf-8, utf-16, utf-16le, utf-16be, gb18030 (gbk),
                      big5, shift_jis (else detected: BOM, UTF-8, then GB18030, Big5 or
                      Shift_JIS as chardet ranks them; a dump none reads cleanly is refused)
  --out DIR           content root to write under (default: content)
                      items:    DIR/editions/<date>/<NN>/<n>-<slug>.md
                      manifest: DIR/editions/<date>/edition.yaml (this page's entry only)
                      record:   DIR/editions/<date>/<NN>/.import.json (what was written, sha256)
  --dry-run           write nothing; show what would be written, overwritten and backed up
  --json              print a machine-readable report (items, warnings) on stdout
  --force             replace files and edition.yaml fields an editor changed, keeping a
                      .bak copy of each file (of edition.yaml when a field is replaced)
  --report FILE.html  write one HTML page to check the split in a browser: each dump beside
                      its items, lines coloured by item, uncertain places marked (written
                      with --dry-run too)
  -h, --help          show this text

A re-import never replaces a file, or a field of this page in edition.yaml, that an editor
changed: it reports it as skipped. Two dumps for one page in a folder stop the import.
Every line the importer cannot place is listed in a warning, as file:line.

Exit codes:
  0  imported (warnings and skipped files are reported, not errors)
  1  internal error (a bug: please report it with the dump)
  2  bad arguments (--date, --page, unknown option, no dump given)
  3  bad input (missing path, empty, blank, binary or undecodable dump, two dumps for one
     page, broken manifest)
  4  could not write (permissions, disk full); every file is whole, the message lists each
     change made before the failure, and the next import finishes the page
`;
