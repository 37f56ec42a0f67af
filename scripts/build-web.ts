// Bundles the chat page and the register page into web/dist, which the server serves at `/` and
// `/register.html`. Run by `npm run build:web`, by `npm start` before the server starts, and by the
// browser tests' setup.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const webDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const staticFiles = ['index.html', 'register.html', 'styles.css'];

/**
 * Writes app.js (the chat page) and register.js (the register page), minified with source maps,
 * and the static files into `outputDirectory`. Two bundles rather than shared chunks: each page
 * loads one script, and the pieces they share (the API client, createElement) are small.
 */
export async function buildWeb(outputDirectory = join(webDirectory, 'dist')): Promise<{ files: string[] }> {
  await mkdir(outputDirectory, { recursive: true });
  const result = await build({
    entryPoints: [
      { in: join(webDirectory, 'src', 'main.ts'), out: 'app' },
      { in: join(webDirectory, 'src', 'register', 'main.ts'), out: 'register' },
    ],
    outdir: outputDirectory,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // Chromium, Firefox and Safari releases from 2022 on; nothing older is supported.
    target: ['es2022'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
  });
  await Promise.all(
    staticFiles.map((file) => copyFile(join(webDirectory, file), join(outputDirectory, file))),
  );
  return { files: [...Object.keys(result.metafile.outputs), ...staticFiles] };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const started = performance.now();
  const { files } = await buildWeb();
  console.log(`web: built ${files.length} files in ${Math.round(performance.now() - started)} ms`);
}
