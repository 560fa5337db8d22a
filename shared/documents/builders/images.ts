import { heightForWidth } from '../image-size'
import type { ImageData, ImagePlacement } from '../layout'

/** Collects a document's images under stable keys, so a merge of 65 letters carries the logo once. */
export class ImageBag {
  readonly images: Record<string, ImageData> = {}
  private readonly keys = new Map<Uint8Array, string>()

  /** Places an image at a width, its height from the image's own proportions, capped at maxHeightMm. */
  place(prefix: string, img: ImageData, widthMm: number, maxHeightMm = Infinity): ImagePlacement {
    let key = this.keys.get(img.data)
    if (!key) {
      key = `${prefix}${this.keys.size + 1}`
      this.keys.set(img.data, key)
      this.images[key] = { mime: img.mime, data: img.data }
    }
    const natural = heightForWidth(img.data, img.mime, widthMm)
    if (natural <= maxHeightMm) return { image: key, widthMm, heightMm: natural }
    return { image: key, widthMm: (widthMm * maxHeightMm) / natural, heightMm: maxHeightMm }
  }
}
