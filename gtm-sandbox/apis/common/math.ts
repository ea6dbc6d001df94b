/** Math: only abs ceil floor max min pow round sqrt. @see https://developers.google.com/tag-platform/tag-manager/templates/api#math */
import type { ApiImplementation } from '../api';

export const MathApi: ApiImplementation = () => ({
  abs: Math.abs, ceil: Math.ceil, floor: Math.floor, max: Math.max, min: Math.min, pow: Math.pow, round: Math.round, sqrt: Math.sqrt,
});
