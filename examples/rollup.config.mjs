// Bundles the React example (React itself and build/examples/react/app.js, from tsc) into
// dist/examples/react.js. The Kneebeat elements are not in it: the page loads dist/kneebeat.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

export default {
  input: 'build/examples/react/app.js',
  output: { file: 'dist/examples/react.js', format: 'es', sourcemap: true },
  plugins: [
    // React's CommonJS entry picks its production build from process.env.NODE_ENV.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true, ignoreSideEffectsForRoot: true }),
    commonjs(),
    terser({ format: { comments: false } }),
  ],
};
