/** Pinterest's tag library, as the official base code loads it (https://help.pinterest.com/en/business/article/install-the-pinterest-tag). */
export const CORE_JS_URL = 'https://s.pinimg.com/ct/core.js';
