// `npm run icons`: renders the one icon source (assets/icon.svg) to every size the stores and toolbars use, into
// public/icon/<size>.png, where WXT finds them and writes the manifest's `icons` and `action.default_icon`.
// The PNGs are committed; tests/build/icons.test.ts renders them again and fails when they drift from the source.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { ICON_SIZES } from '../lib/build/manifest';

export { ICON_SIZES };
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = path.join(ROOT, 'assets/icon.svg');
export const iconPath = (size: number) => path.join(ROOT, 'public/icon', `${size}.png`);

/** One size as raw RGBA pixels (what the drift test compares) and as the PNG written to disk. */
export async function renderIcon(svg: Buffer, size: number): Promise<{ png: Buffer; pixels: Buffer }> {
  // Rasterised at the target size's own density so thin shapes are anti-aliased for that size, not shrunk from 128.
  const image = sharp(svg, { density: (72 * size) / 128 })
    .resize(size, size)
    .ensureAlpha();
  const pixels = await image.clone().raw().toBuffer();
  const png = await image.png({ compressionLevel: 9 }).toBuffer();
  return { png, pixels };
}

async function main(): Promise<void> {
  const svg = await readFile(ICON_SOURCE);
  for (const size of ICON_SIZES) {
    const { png } = await renderIcon(svg, size);
    await writeFile(iconPath(size), png);
    console.log(`public/icon/${size}.png  ${png.length} bytes`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
