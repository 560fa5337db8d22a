import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'buffer']

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    // electron-builder loads its hooks with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    // The product's brain runs anywhere: no Electron, Node, React, DOM storage or Dexie (DESIGN.md).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ tidak boleh memakai Electron' }],
          patterns: [
            { group: nodeBuiltins, message: 'shared/ tidak boleh memakai modul Node' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ tidak boleh memakai React' },
            { group: ['dexie', 'dexie-react-hooks'], message: 'shared/ tidak boleh memakai Dexie' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ tidak bergantung pada lapisan lain' }
          ]
        }
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'renderer/ tidak boleh memakai Electron; pakai window.pkk' }],
          patterns: [
            { group: nodeBuiltins, message: 'renderer/ tidak boleh memakai modul Node' },
            { group: ['**/electron/main/**'], message: 'renderer/ tidak boleh memakai kode proses utama' }
          ]
        }
      ]
    }
  },
  {
    // Components reach the database only through the data layer.
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}', 'renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'renderer/ tidak boleh memakai Electron; pakai window.pkk' }],
          patterns: [
            { group: ['dexie'], message: 'Komponen tidak memanggil Dexie langsung; pakai renderer/src/data' },
            { group: ['**/electron/main/**'], message: 'renderer/ tidak boleh memakai kode proses utama' },
            { group: nodeBuiltins, message: 'renderer/ tidak boleh memakai modul Node' }
          ]
        }
      ]
    }
  }
)
