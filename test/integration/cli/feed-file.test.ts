import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/cli/errors.js';
import { editFeed } from '../../../src/cli/feed-file.js';
import { sampleFeed, tempDir } from './helpers.js';

// In-process: these guards cannot be reached from the command line with valid flags.
describe('editFeed', () => {
  async function feedFile(): Promise<{ file: string; before: string }> {
    const file = path.join(await tempDir(), 'status.json');
    const before = `${JSON.stringify(sampleFeed())}\n`;
    await writeFile(file, before);
    return { file, before };
  }

  it('writes nothing when the change would make the feed invalid', async () => {
    const { file, before } = await feedFile();
    const breakImpact = editFeed({ file, keepDays: 30, publish: undefined }, (feed) => {
      (feed.incidents![0] as { impact: string }).impact = 'apocalyptic';
      return { summary: 'broke it' };
    });
    await expect(breakImpact).rejects.toBeInstanceOf(InputError);
    await expect(breakImpact).rejects.toThrow(
      /^the change would make an invalid feed \(incidents\.0\.impact: [^)]+\); status\.json not changed$/,
    );
    expect(await readFile(file, 'utf8')).toBe(before);
    await expect(readFile(`${file}.prev`)).rejects.toThrow(/ENOENT/);
  });
});
