module.exports = eval("require")("../templates/");
