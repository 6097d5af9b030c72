/**
 * Hostile uploads, built in memory when a test or bench needs them (no big binaries in the repository):
 * a zip bomb shaped like an .xlsx, a workbook of a million rows, a CSV of tens of megabytes.
 */
import { constants, crc32, createDeflateRaw, deflateRawSync, DeflateRaw } from 'node:zlib';

interface ZipPart {
  name: string;
  /** Deflated bytes, the size they inflate to and its CRC-32 (0 where left out). */
  deflated: Buffer;
  size: number;
  crc: number;
}

const part = (name: string, text: string): ZipPart => {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="绩效目标" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = `</sheetData></worksheet>`;

/** A workbook whose first worksheet is `sheet` (deflated) next to the usual small parts. */
function workbook(sheet: ZipPart): Buffer {
  return zip([
    part('[Content_Types].xml', CONTENT_TYPES),
    part('_rels/.rels', RELS),
    part('xl/workbook.xml', WORKBOOK),
    part('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
  ]);
}

/**
 * About 1 MB named .xlsx whose worksheet XML inflates to `inflatedBytes` (default 1 GiB): one cell of
 * repeated text. Deflated once as a 1 MiB block after a full flush (which empties the window, so the block
 * stands alone) and that block repeated: building it costs a few milliseconds, not a gigabyte.
 */
export async function zipBomb(inflatedBytes = 1024 * 1024 * 1024): Promise<Buffer> {
  const block = Buffer.alloc(1024 * 1024, 'A');
  const deflater = createDeflateRaw({ level: 9 });
  const before = Buffer.from(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`);
  const after = Buffer.from(`</t></is></c></row>${SHEET_TAIL}`);
  const head = await flushed(deflater, before);
  const body = await flushed(deflater, block);
  const tail = await flushed(deflater, after, constants.Z_FINISH);
  const blocks = Math.floor(inflatedBytes / block.length);
  const deflated = Buffer.concat([head, ...Array<Buffer>(blocks).fill(body), tail]);
  // CRC left 0: the readers under test refuse the bomb long before its end, and the CRC of a gigabyte costs a second.
  return workbook({ name: '', deflated, size: before.length + blocks * block.length + after.length, crc: 0 });
}

/** A workbook of `rows` rows of two cells (a number, and a shared-nothing inline text): 1,000,000 rows are about 10 MB. */
export function manyRows(rows = 1_000_000): Buffer {
  const pieces: string[] = [SHEET_HEAD];
  for (let r = 1; r <= rows; r += 1)
    pieces.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>项目${r % 97}</t></is></c></row>`,
    );
  pieces.push(SHEET_TAIL);
  const data = Buffer.from(pieces.join(''), 'utf8');
  return workbook({
    name: '',
    deflated: deflateRawSync(data, { level: 1 }),
    size: data.length,
    crc: crc32(data),
  });
}

/** A template CSV of about `bytes` bytes (header and indicator rows of one project each). */
export function largeCsv(bytes = 35 * 1024 * 1024): Buffer {
  const header = '项目名称,一级指标,二级指标,三级指标,指标值,度量单位,权重\r\n';
  const line = (n: number) =>
    `专项资金项目${n},产出指标,数量指标,覆盖人数第${n}项指标说明文字,≥1000,人,10\r\n`;
  const lines: string[] = [header];
  let size = Buffer.byteLength(header);
  for (let n = 1; size < bytes; n += 1) {
    const text = line(n);
    lines.push(text);
    size += Buffer.byteLength(text);
  }
  return Buffer.from(lines.join(''), 'utf8');
}

/** What the deflater writes for `data` up to a flush of this kind. */
function flushed(deflater: DeflateRaw, data: Buffer, kind: number = constants.Z_FULL_FLUSH): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const take = (chunk: Buffer) => chunks.push(chunk);
    deflater.on('data', take).once('error', reject);
    deflater.write(data);
    deflater.flush(kind, () => {
      deflater.off('data', take);
      resolve(Buffer.concat(chunks));
    });
  });
}

/**
 * A ZIP of deflated parts: local headers with the sizes and CRCs, then the central directory.
 */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, deflated, size, crc } of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, deflated);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
