import { zodResolver } from '@hookform/resolvers/zod'
import { toNestErrors } from '@hookform/resolvers'
import { useMemo } from 'react'
import { useForm, type FieldError, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import { printable } from '@shared/model'

/**
 * The one way a form is made: react-hook-form over the model's zod schema (refusing text the PDF cannot
 * print), checked when a field is left and on submit, each message on its own field (ui/Field.tsx).
 */
export function useModelForm<T extends FieldValues>(schema: z.ZodType<T, T>, options: Omit<UseFormProps<NoInfer<T>>, 'resolver'>): UseFormReturn<T> {
  const resolver = useMemo(() => zodResolver(printable(schema)), [schema])
  return useForm<T>({ mode: 'onBlur', ...options, resolver })
}

/**
 * A form whose fields are not the model's shape (a list typed as lines, a choice split in two): its values
 * are turned into the model, checked by the model's schema, and each message goes back to the form field
 * `formPath` names for the model path.
 */
export function useMappedModelForm<V extends FieldValues, M>(
  schema: z.ZodType<M>,
  toModel: (values: V) => unknown,
  formPath: (path: readonly PropertyKey[], values: V) => string,
  options: Omit<UseFormProps<NoInfer<V>>, 'resolver'>
): UseFormReturn<V> {
  const resolver = useMemo(() => mappedResolver(schema, toModel, formPath), [schema, toModel, formPath])
  return useForm<V>({ mode: 'onBlur', ...options, resolver })
}

export function mappedResolver<V extends FieldValues, M>(
  schema: z.ZodType<M>,
  toModel: (values: V) => unknown,
  formPath: (path: readonly PropertyKey[], values: V) => string
): Resolver<V> {
  const checked = printable(schema)
  return (values, _context, options) => {
    const parsed = checked.safeParse(toModel(values))
    if (parsed.success) return { values, errors: {} }
    const flat: Record<string, FieldError> = {}
    for (const issue of parsed.error.issues) {
      const path = formPath(issue.path, values)
      flat[path] ??= { type: issue.code, message: issue.message }
    }
    return { values: {}, errors: toNestErrors(flat, options) }
  }
}
