module.exports = require('./browser-server').teardown;
