// Runs terser over each finished chunk of the self-contained CDN bundles. Lib mode never minifies
// whitespace in ES output (to keep it tree-shakable for other bundlers), so the bundler's minifier is asked
// for directly; terser then squeezes a little more out (about 1%), and these bundles go straight to
// browsers, where every byte counts.
import { minify } from 'terser';

export function terserChunks() {
  return {
    name: 'peer-terser-chunks',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The map comment goes back after terser, so terser must not see it (or map into it).
        const mapComment = chunk.code.match(/\n\/\/# sourceMappingURL=\S+\s*$/)?.[0] ?? '';
        const result = await minify(chunk.code.slice(0, chunk.code.length - mapComment.length), {
          module: true,
          ecma: 2022,
          compress: { passes: 3 },
          mangle: true,
          format: { comments: false },
          sourceMap: chunk.map ? { content: JSON.stringify(chunk.map) } : false,
        });
        chunk.code = result.code + mapComment;
        if (chunk.map && result.map) {
          Object.assign(chunk.map, JSON.parse(result.map));
          // The bundler may already have emitted the map as its own file: that file must get terser's map.
          const mapFile = bundle[`${chunk.fileName}.map`];
          if (mapFile?.type === 'asset') mapFile.source = result.map;
        }
      }
    },
  };
}
