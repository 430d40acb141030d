/**
 * The rooms and hook rules of eslint.config.js fire: each case lints a few lines as if they were a
 * file at that path (nothing is written), so removing or weakening a rule fails this test.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Rule ids reported as errors for `code` at `path` (relative to the repository). */
async function errors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}/${path}` });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const ROOMS = 'boundaries/dependencies';

/** A probe file's code: imports the module at `from` and re-exports it (so it is used). */
const importing = (from: string) => `import * as probe from '${from}';\nexport { probe };`;

describe('rooms (eslint-plugin-boundaries)', () => {
  it('a feature imports no other feature and nothing from src/app/', async () => {
    const at = 'src/features/compare/probe.ts';
    expect(await errors(at, importing('../search/search-page'))).toContain(ROOMS);
    expect(await errors(at, importing('../../app/router'))).toContain(ROOMS);
    expect(await errors(at, importing('./compare-page'))).toEqual([]);
    expect(await errors(at, importing('../../hooks/use-document-title'))).toEqual([]);
  });

  it('src/lib/ imports no browser room, no data/, no React and uses no DOM', async () => {
    const at = 'src/lib/search/probe.ts';
    for (const target of [
      '../../corpus/corpus-client',
      '../../features/search/search-page',
      '../../app/router',
      '../../stores/prefs-store',
      '../../hooks/use-media-query',
      '../../components/external-link',
      '../../../data/curation.json',
    ])
      expect(await errors(at, importing(target)), target).toContain(ROOMS);
    expect(await errors(at, "import { useState } from 'react';\nexport { useState };")).toContain(
      'no-restricted-imports',
    );
    expect(await errors(at, 'export const title = () => document.title;')).toContain(
      'no-restricted-globals',
    );
    expect(await errors(at, importing('./query'))).toEqual([]);
  });

  it("nothing imports a worker's modules (a type of its API is erased, so it may)", async () => {
    const at = 'src/corpus/probe.ts';
    expect(await errors(at, importing('../workers/search.worker'))).toContain(ROOMS);
    expect(
      await errors(
        at,
        "import type { SearchWorkerApi } from '../workers/search.worker';\nexport type { SearchWorkerApi };",
      ),
    ).toEqual([]);
  });

  it('scripts/ import from src/ only src/lib/', async () => {
    const at = 'scripts/bench/probe.ts';
    expect(await errors(at, importing('../../src/corpus/corpus-files'))).toContain(
      'no-restricted-imports',
    );
    expect(await errors(at, importing('../../src/lib/corpus-rows'))).toEqual([]);
  });

  it('only tests import src/testing/', async () => {
    const code = importing('../testing/fake-storage');
    expect(await errors('src/stores/probe.ts', code)).toContain(ROOMS);
    expect(await errors('src/stores/probe.test.ts', code)).toEqual([]);
  });
});

describe('react-hooks recommended rules', () => {
  it('exhaustive-deps is an error, and the compiler rules are on', async () => {
    const at = 'src/components/probe.tsx';
    const missingDep = `import { useEffect } from 'react';
export function Probe({ title }: { title: string }) {
  useEffect(() => { document.title = title; }, []);
  return null;
}`;
    expect(await errors(at, missingDep)).toContain('react-hooks/exhaustive-deps');
    const refInRender = `import { useRef } from 'react';
export function Probe() {
  const ref = useRef(0);
  return <p>{ref.current}</p>;
}`;
    expect(await errors(at, refInRender)).toContain('react-hooks/refs');
  });
});
