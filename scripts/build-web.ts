// Bundles the chat page into web/dist, which the server serves at `/`. Run by `npm run build:web`,
// by `npm start` before the server starts, and by the browser tests' setup.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const webDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const staticFiles = ['index.html', 'styles.css'];

/** Writes app.js (minified, with a source map), index.html and styles.css into `outputDirectory`. */
export async function buildWeb(outputDirectory = join(webDirectory, 'dist')): Promise<{ files: string[] }> {
  await mkdir(outputDirectory, { recursive: true });
  const result = await build({
    entryPoints: [join(webDirectory, 'src', 'main.ts')],
    outfile: join(outputDirectory, 'app.js'),
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
