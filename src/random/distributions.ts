/**
 * The distributions, each drawing from a RandomStream passed first: import them from here or from their own
 * files. Every function is pure apart from advancing the stream.
 */
export { binomial } from './binomial.ts';
export { drawQuantity } from './draw-quantity.ts';
export { normal } from './normal.ts';
export { normalQuantile } from './normal-quantile.ts';
export { poisson } from './poisson.ts';
export { triangular } from './triangular.ts';
export { bernoulli, openUniform, uniform, uniformInt } from './uniform.ts';
