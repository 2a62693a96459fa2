import type { RenderElementProps } from 'slate-react';
import { useEditorMessages } from '../../i18n/editor';

export function Table({ attributes, children }: RenderElementProps) {
  const m = useEditorMessages();
  return (
    <div {...attributes} className="table-wrap">
      <table aria-label={m.table}>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function TableRow({ attributes, children }: RenderElementProps) {
  return <tr {...attributes}>{children}</tr>;
}

export function TableCell({ attributes, children, element }: RenderElementProps) {
  return element.type === 'table-cell' && element.header ? (
    <th {...attributes} scope="col">
      {children}
    </th>
  ) : (
    <td {...attributes}>{children}</td>
  );
}
