// A Jest transformer that strips TypeScript with esbuild: fast, and independent of the TypeScript
// version (https://jestjs.io/docs/code-transformation).
const esbuild = require('esbuild');
const crypto = require('node:crypto');

module.exports = {
  process(source, filename) {
    const result = esbuild.transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename,
    });
    return { code: result.code };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update(esbuild.version).update(filename).update(source).digest('hex');
  },
};
