import type { RenderElementProps } from 'slate-react';
import { BlockQuote } from './elements/BlockQuote';
import { Figure } from './elements/Figure';
import { Footnote } from './elements/Footnote';
import { Heading } from './elements/Heading';
import { Link } from './elements/Link';
import { List } from './elements/List';
import { ListItem } from './elements/ListItem';
import { Paragraph } from './elements/Paragraph';
import { Table, TableCell, TableRow } from './elements/Table';

export function renderElement(props: RenderElementProps) {
  switch (props.element.type) {
    case 'heading':
      return <Heading {...props} />;
    case 'block-quote':
      return <BlockQuote {...props} />;
    case 'bulleted-list':
    case 'numbered-list':
      return <List {...props} />;
    case 'list-item':
      return <ListItem {...props} />;
    case 'table':
      return <Table {...props} />;
    case 'table-row':
      return <TableRow {...props} />;
    case 'table-cell':
      return <TableCell {...props} />;
    case 'link':
      return <Link {...props} />;
    case 'footnote':
      return <Footnote {...props} />;
    case 'figure':
      return <Figure {...props} />;
    case 'paragraph':
    default:
      return <Paragraph {...props} />;
  }
}
