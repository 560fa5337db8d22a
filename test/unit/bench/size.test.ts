import { describe, expect, test } from 'vitest'
import { htmlAssets, staticImports } from '../../../scripts/bench/size'

describe('what the renderer loads first', () => {
  test('static imports count, dynamic import() does not (minified or not)', () => {
    const code = [
      'import { a as b, c } from "./index-AbC.js";',
      'import"./side-effect.js";export{x}from"./re-export.js";',
      'const m = () => import("./render-pdf-XyZ.js");',
      'const n = __vitePreload(() => import("./exceljs.min-1.js"), []);'
    ].join('\n')
    expect(staticImports(code).sort()).toEqual(['./index-AbC.js', './re-export.js', './side-effect.js'])
  })

  test('entry script, preloads and stylesheet are read from index.html', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-BNB.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/vendor-1.js">' +
      '<link rel="stylesheet" crossorigin href="./assets/index-1cs.css">'
    expect(htmlAssets(html)).toEqual({ scripts: ['./assets/index-BNB.js', './assets/vendor-1.js'], css: ['./assets/index-1cs.css'] })
  })
})
