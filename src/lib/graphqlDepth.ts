import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/**
 * How deep a GraphQL query may nest its fields: as deep as graphql-js's own introspection query
 * (15), which tools send first; a pack's releases' quotes' speakers' portraits' sizes' URLs is 9.
 */
export const maxQueryDepth = 15

/** Payload's complexity cap (its default, written down here beside the depth). */
export const maxQueryComplexity = 1000

/**
 * A validation rule: refuses (400, before anything runs) an operation whose fields nest deeper
 * than `max`, counting through fragments. Payload only caps complexity, where a deep chain of
 * cheap fields stays under the cap.
 */
export const depthLimit =
  (max = maxQueryDepth): ValidationRule =>
  (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition)
    }
    // Depth of a selection set; stops counting once past the limit (and on fragment cycles).
    const depthOf = (
      set: SelectionSetNode | undefined,
      seen: Set<string>,
      level: number,
    ): number => {
      if (!set || level > max) return level
      let deepest = level
      for (const selection of set.selections) {
        let depth = level
        if (selection.kind === Kind.FIELD) {
          depth = selection.selectionSet
            ? depthOf(selection.selectionSet, seen, level + 1)
            : level + 1
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = depthOf(selection.selectionSet, seen, level)
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          if (fragment && !seen.has(name)) {
            depth = depthOf(fragment.selectionSet, new Set(seen).add(name), level)
          }
        }
        deepest = Math.max(deepest, depth)
      }
      return deepest
    }
    return {
      OperationDefinition(node: ASTNode) {
        if (node.kind !== Kind.OPERATION_DEFINITION) return
        const depth = depthOf(node.selectionSet, new Set(), 0)
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query nests deeper than ${max} levels: ask for less at once.`, {
              nodes: [node],
            }),
          )
        }
      },
    }
  }
