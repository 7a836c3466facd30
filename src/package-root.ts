import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project's root folder (holding package.json), from dist/ or src/ alike. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
