import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICON_SOURCE, iconPath, renderIcon } from '../../scripts/render-icons';

describe('icons', () => {
  it.each(ICON_SIZES)(
    'public/icon/%i.png is the source rendered at that size (run `npm run icons` after editing it)',
    async (size) => {
      const committed = await readFile(iconPath(size));
      const meta = await sharp(committed).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
      const committedPixels = await sharp(committed).ensureAlpha().raw().toBuffer();
      const { pixels } = await renderIcon(await readFile(ICON_SOURCE), size);
      // Another libvips may anti-alias an edge one step differently; the picture itself may not change.
      let worst = 0;
      for (let i = 0; i < pixels.length; i++) worst = Math.max(worst, Math.abs(pixels[i]! - committedPixels[i]!));
      expect(committedPixels.length).toBe(pixels.length);
      expect(worst).toBeLessThanOrEqual(8);
    },
  );
});
