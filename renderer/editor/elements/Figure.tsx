import { useEffect, useState } from 'react';
import type { RenderElementProps } from 'slate-react';
import { useEditorUi } from '../../components/editor/editor-ui';
import { useEditorMessages } from '../../i18n/editor';
import { useMedia } from '../../media/media-access';

/**
 * A picture: a void block drawn at its share of the column, with its caption
 * under it. The picture itself is a button that opens its alt text, caption
 * and width for editing; a missing alt text is marked, as export needs it.
 */
export function Figure({ attributes, children, element }: RenderElementProps) {
  const ui = useEditorUi();
  const m = useEditorMessages();
  const media = useMedia();
  const id = element.type === 'figure' ? element.media : '';
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void media.url(id).then((found) => live && setUrl(found));
    return () => {
      live = false;
    };
  }, [media, id]);
  if (element.type !== 'figure') return null;
  const missingAlt = element.alt.trim() === '';
  return (
    <div {...attributes} className="figure-block">
      <figure contentEditable={false} className="figure" style={{ width: `${Math.round(element.width * 100)}%` }}>
        <button
          type="button"
          className="figure-button"
          aria-label={m.editPicture(element.alt.trim())}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => ui.editFigure(element)}
        >
          {url ? (
            <img src={url} alt={element.alt} draggable={false} />
          ) : (
            // Without its image the picture is still told apart by its alt text.
            <span className="figure-placeholder">
              {url === null && (
                <>
                  <span className="figure-placeholder-missing">{m.pictureUnavailable}</span>
                  {element.alt.trim() && <span className="figure-placeholder-alt">{element.alt}</span>}
                </>
              )}
            </span>
          )}
        </button>
        {missingAlt && <span className="figure-alt-missing">{m.pictureAltMissing}</span>}
        {element.caption.trim() && <figcaption>{element.caption}</figcaption>}
      </figure>
      {children}
    </div>
  );
}
