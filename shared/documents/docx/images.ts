import { HorizontalPositionRelativeFrom, ImageRun, TextWrappingType, VerticalPositionRelativeFrom } from 'docx'
import type { ImageData, ImagePlacement } from '../layout'
import { mmToEmu, mmToPx } from '../units'

function imageType(img: ImageData): 'png' | 'jpg' {
  return img.mime === 'image/png' ? 'png' : 'jpg'
}

function lookup(images: Readonly<Record<string, ImageData>>, p: ImagePlacement): ImageData {
  const img = images[p.image]
  if (!img) throw new Error(`Gambar "${p.image}" tidak ada di dokumen`)
  return img
}

export function inlineImage(images: Readonly<Record<string, ImageData>>, p: ImagePlacement): ImageRun {
  const img = lookup(images, p)
  return new ImageRun({
    type: imageType(img),
    data: img.data,
    transformation: { width: mmToPx(p.widthMm), height: mmToPx(p.heightMm) }
  })
}

/**
 * An image floating in front of the text, placed from the left margin and from the top of
 * its paragraph, as a signature and a stamp lie over the printed name.
 */
export function floatingImage(
  images: Readonly<Record<string, ImageData>>,
  p: ImagePlacement,
  fromMarginMm: number,
  fromParagraphTopMm: number,
  zIndex: number
): ImageRun {
  const img = lookup(images, p)
  return new ImageRun({
    type: imageType(img),
    data: img.data,
    transformation: { width: mmToPx(p.widthMm), height: mmToPx(p.heightMm) },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: mmToEmu(fromMarginMm) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: mmToEmu(fromParagraphTopMm) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
      behindDocument: false,
      lockAnchor: true,
      zIndex
    }
  })
}
