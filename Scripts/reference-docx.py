#!/usr/bin/env python3
"""Writes Templates/reference.docx: dpia's house style for Word reports.

Starts from pandoc's own reference document (`pandoc -o - --print-default-data-file reference.docx`)
and changes its styles: Arial (Liberation Sans), dark blue headings, each main part (Heading 1) on a
new page so that the cover stands alone, tables with borders and a shaded header row, A4 with
margins, and a footer with the page number ("3 / 21"). Run it again after changing it; an
organisation replaces Templates/reference.docx with its own house style instead (see docs/reports.md).
"""
import io, re, subprocess, sys, tempfile, zipfile

BLUE = "1F3864"
with tempfile.TemporaryDirectory() as folder:
    subprocess.run(["pandoc", "-o", folder + "/default.docx", "--print-default-data-file", "reference.docx"], check=True)
    default = open(folder + "/default.docx", "rb").read()
source = zipfile.ZipFile(io.BytesIO(default))
files = {name: source.read(name) for name in source.namelist()}


def style(xml, style_id, ppr=None, rpr=None):
    pattern = re.compile(r'(<w:style [^>]*w:styleId="%s".*?</w:style>)' % style_id, re.S)
    match = pattern.search(xml)
    if not match:
        sys.exit("no style " + style_id)
    block = match.group(1)
    if ppr is not None:
        block = re.sub(r"<w:pPr>.*?</w:pPr>|<w:pPr ?/>", "", block, flags=re.S)
        block = block.replace("</w:style>", "<w:pPr>%s</w:pPr></w:style>" % ppr)
    if rpr is not None:
        block = re.sub(r"<w:rPr>.*?</w:rPr>|<w:rPr ?/>", "", block, flags=re.S)
        block = block.replace("</w:style>", "<w:rPr>%s</w:rPr></w:style>" % rpr)
    return xml[:match.start()] + block + xml[match.end():]


font = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial" />'
styles = files["word/styles.xml"].decode()
styles = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>', font, styles, count=1)
styles = styles.replace('<w:sz w:val="24" />\n        <w:szCs w:val="24" />', '<w:sz w:val="20" />\n        <w:szCs w:val="20" />', 1)
styles = style(styles, "BodyText", ppr='<w:spacing w:before="60" w:after="120" w:line="264" w:lineRule="auto" />')
styles = style(styles, "Compact", ppr='<w:spacing w:before="20" w:after="20" />')
heading = lambda size, before, extra="": (
    '<w:keepNext /><w:keepLines />%s<w:spacing w:before="%d" w:after="120" />' % (extra, before),
    font + '<w:b /><w:bCs /><w:color w:val="%s" /><w:sz w:val="%d" /><w:szCs w:val="%d" />' % (BLUE, size, size))
for style_id, (size, before, extra, level) in {
    "Heading1": (32, 0, '<w:pageBreakBefore />', 0), "Heading2": (26, 320, "", 1),
    "Heading3": (22, 240, "", 2), "Heading4": (20, 200, "", 3),
}.items():
    ppr, rpr = heading(size, before, extra)
    styles = style(styles, style_id, ppr=ppr + '<w:outlineLvl w:val="%d" />' % level, rpr=rpr)
styles = style(styles, "Title", ppr='<w:keepNext /><w:keepLines /><w:spacing w:before="2400" w:after="480" />'
               '<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="12" w:color="%s" /></w:pBdr>' % BLUE,
               rpr=font + '<w:b /><w:bCs /><w:color w:val="%s" /><w:sz w:val="44" /><w:szCs w:val="44" />' % BLUE)
styles = style(styles, "Author", ppr='<w:keepNext /><w:keepLines /><w:spacing w:before="0" w:after="240" />',
               rpr=font + '<w:color w:val="404040" /><w:sz w:val="24" /><w:szCs w:val="24" />')
# Tables: thin grey borders, a shaded header row (repeated on every page by pandoc's w:tblHeader).
border = '<w:%s w:val="single" w:sz="4" w:space="0" w:color="A6A6A6" />'
borders = "<w:tblBorders>" + "".join(border % side for side in ["top", "left", "bottom", "right", "insideH", "insideV"]) + "</w:tblBorders>"
styles = styles.replace('<w:tblInd w:w="0" w:type="dxa" />\n      <w:tblCellMar>', '<w:tblInd w:w="0" w:type="dxa" />\n      ' + borders + '\n      <w:tblCellMar>', 1)
styles = re.sub(r'(<w:tblStylePr w:type="firstRow">.*?<w:tcPr>)', r'\1<w:shd w:val="clear" w:color="auto" w:fill="DCE3EE" />', styles, count=1, flags=re.S)
styles = re.sub(r'(<w:tblStylePr w:type="firstRow">.*?)(</w:tblStylePr>)', r'\1<w:rPr><w:b /><w:bCs /></w:rPr>\2', styles, count=1, flags=re.S)
# Table text at 9 pt, so that seven columns fit on A4.
styles = re.sub(r'(<w:style w:type="table" w:default="1" w:styleId="Table">.*?<w:qFormat />)', r'\1<w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>', styles, count=1, flags=re.S)
files["word/styles.xml"] = styles.encode()

# The footer with the page number, and A4 with margins.
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
field = lambda code: ('<w:r><w:fldChar w:fldCharType="begin" /></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end" /></w:r>' % code)
files["word/footer1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:jc w:val="right" />'
                             '<w:rPr><w:sz w:val="16" /></w:rPr></w:pPr>%s<w:r><w:t xml:space="preserve"> / </w:t></w:r>%s</w:p></w:ftr>'
                             % (W, field("PAGE"), field("NUMPAGES"))).encode()
rels = files["word/_rels/document.xml.rels"].decode()
rels = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdFooter1" Target="footer1.xml" /></Relationships>')
files["word/_rels/document.xml.rels"] = rels.encode()
types = files["[Content_Types].xml"].decode()
types = types.replace("</Types>", '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>')
files["[Content_Types].xml"] = types.encode()
document = files["word/document.xml"].decode()
document = document.replace("<w:sectPr />", '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1" />'
                            '<w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
                            'w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>')
if 'xmlns:r=' not in document.split(">", 2)[1]:
    document = document.replace("<w:document ", '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
files["word/document.xml"] = document.encode()

out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
    for name in source.namelist() + ["word/footer1.xml"]:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        target.writestr(info, files[name])
open(sys.argv[1] if len(sys.argv) > 1 else "Templates/reference.docx", "wb").write(out.getvalue())
