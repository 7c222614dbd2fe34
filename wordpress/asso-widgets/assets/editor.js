/* global window */
/**
 * asso-widgets blocks in the block editor, without a build step: plain
 * JavaScript on the editor's globals (wp.blocks, wp.element, wp.blockEditor,
 * wp.components, wp.serverSideRender). The blocks' attributes come from their
 * block.json (registered on the server); the controls and their labels come
 * from window.assoWidgetsEditor, printed by the plugin from the same element
 * definitions as the shortcodes. The preview is the server's rendering, which
 * the elements' script (also loaded in the editor) turns into live elements.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !wp.blocks || !data) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var be = wp.blockEditor || wp.editor;
  var InspectorControls = be.InspectorControls;
  var useBlockProps = be.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var SelectControl = wp.components.SelectControl;
  var ServerSideRender = wp.serverSideRender;
  var labels = data.labels || {};

  function control(def, attributes, setAttributes) {
    var name = def.attribute;
    var value = attributes[name];
    var label = def.label || name;
    var set = function (v) {
      var patch = {};
      patch[name] = v;
      setAttributes(patch);
    };
    if (def.type === 'enum') {
      return el(SelectControl, {
        key: name,
        label: label,
        value: value || '',
        options: [{ label: labels['default'] || '—', value: '' }].concat(
          def.values.map(function (v) {
            return { label: v, value: v };
          }),
        ),
        onChange: function (v) {
          set(v || undefined);
        },
      });
    }
    if (def.type === 'int') {
      return el(TextControl, {
        key: name,
        label: label,
        type: 'number',
        min: def.min === null ? undefined : def.min,
        max: def.max === null ? undefined : def.max,
        value: value === undefined || value === null ? '' : String(value),
        onChange: function (v) {
          var n = parseInt(v, 10);
          set(isNaN(n) ? undefined : n);
        },
      });
    }
    if (def.type === 'bool') {
      return el(wp.components.ToggleControl, {
        key: name,
        label: label,
        checked: !!value,
        onChange: function (v) {
          set(v ? true : undefined);
        },
      });
    }
    return el(TextControl, {
      key: name,
      label: label,
      type: def.type === 'url' ? 'url' : 'text',
      help: name === 'src' ? labels.srcHelp : undefined,
      placeholder: name === 'src' ? data.defaultSrc || '' : undefined,
      value: value || '',
      onChange: function (v) {
        set(v || undefined);
      },
    });
  }

  Object.keys(data.blocks).forEach(function (name) {
    var block = data.blocks[name];
    if (wp.blocks.getBlockType(name) && wp.blocks.getBlockType(name).edit) return;
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var blockProps = useBlockProps ? useBlockProps() : {};
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: labels.panel || block.title, initialOpen: true },
              block.controls.map(function (def) {
                return control(def, props.attributes, props.setAttributes);
              }),
            ),
          ),
          el('div', blockProps, el(ServerSideRender, { block: name, attributes: props.attributes })),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.assoWidgetsEditor);
