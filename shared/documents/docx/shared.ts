import type { IContext, IXmlableObject, Paragraph, Table } from 'docx'
import type { Block, PageSetup } from '../layout'
import type { Flow } from './context'

type Child = Paragraph | Table

/**
 * Blocks made once per document and written once: a mail merge of 65 letters repeats most of each letter
 * (the date, the fields, the body, the signature), and docx's objects and their XML were most of its DOCX
 * time. A block with the same content, flow and page as one made before gets that block's objects, whose
 * XML is worked out at its first place and written again at the others.
 *
 * Kept for one document only (nothing carries over to the next). Never shared: a block with an image (its
 * drawing's id must be unique in the document), and a section's last block (render-docx's blocksToDocx
 * leaves it out), whose last paragraph carries the section's properties.
 */
export class SharedBlocks {
  private readonly byKey = new Map<string, Child[]>()
  /** Blocks given again instead of made (for tests). */
  reused = 0

  private constructor() {}

  /** One store per page setup of a document: the same block on another page setup is made anew. */
  static forDocument(): (page: PageSetup, textWidthMm: number) => SharedBlocks {
    const stores = new Map<string, SharedBlocks>()
    return (page, textWidthMm) => {
      const key = JSON.stringify([page, textWidthMm])
      let store = stores.get(key)
      if (!store) {
        store = new SharedBlocks()
        stores.set(key, store)
      }
      return store
    }
  }

  /**
   * Paragraphs that are part of a block made anew at each place (a kop, made anew for its logo's drawing): made and
   * written once per document by `key` (what they are made from), and placed again wherever the same key comes.
   */
  part(key: string, make: () => Paragraph[]): Paragraph[] {
    const full = `part:${key}`
    const known = this.byKey.get(full)
    if (known) {
      this.reused++
      return known as Paragraph[]
    }
    const children = make().map(writtenOnce)
    this.byKey.set(full, children)
    return children
  }

  made(block: Block, flow: Flow, make: () => Child[]): Child[] {
    const key = JSON.stringify([block, flow])
    if (key.includes('"image":')) return make()
    const known = this.byKey.get(key)
    if (known) {
      this.reused++
      return known
    }
    const children = make().map(writtenOnce)
    this.byKey.set(key, children)
    return children
  }
}

/** The component's XML worked out at its first place in the document and given again at the others. */
function writtenOnce<T extends Child>(component: T): T {
  const prepare = component.prepForXml.bind(component)
  let done = false
  let xml: IXmlableObject | undefined
  component.prepForXml = (context: IContext) => {
    if (!done) {
      xml = prepare(context)
      done = true
    }
    return xml
  }
  return component
}
