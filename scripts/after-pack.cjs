// electron-builder afterPack: flip Electron's fuses in the packaged binary (as Signal and Bitwarden do).
const { join } = require('node:path')
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses')

const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true
}

function executablePath(context) {
  const name = context.packager.appInfo.productFilename
  switch (context.electronPlatformName) {
    case 'win32':
      return join(context.appOutDir, `${name}.exe`)
    case 'darwin':
      return join(context.appOutDir, `${name}.app`)
    default:
      return join(context.appOutDir, context.packager.executableName)
  }
}

module.exports = async function afterPack(context) {
  await flipFuses(executablePath(context), fuses)
}
module.exports.fuses = fuses
