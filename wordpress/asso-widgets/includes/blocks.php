<?php
/**
 * Dynamic blocks: one per element, in the "Widgets" category of the block
 * inserter. Each is declared by blocks/<tag>/block.json and rendered on the
 * server by the same code as the shortcodes; the editor script
 * (assets/editor.js) is plain JavaScript using the editor's `wp.*` globals, so
 * nothing has to be built.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the editor script and the blocks.
 *
 * @return void
 */
function asso_widgets_register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'asso-widgets-editor',
		plugins_url( 'assets/editor.js', ASSO_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		ASSO_WIDGETS_VERSION,
		true
	);

	foreach ( asso_widgets_elements() as $tag => $element ) {
		$dir = ASSO_WIDGETS_DIR . '/blocks/' . $tag;
		if ( ! is_readable( $dir . '/block.json' ) ) {
			continue;
		}
		register_block_type(
			$dir,
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return asso_widgets_render_element( $tag, (array) $attributes, array( 'class' => asso_widgets_block_classes( $tag, (array) $attributes ) ) );
				},
			)
		);
	}
}
add_action( 'init', 'asso_widgets_register_blocks' );

/**
 * Hands the editor script its data (only on editor screens).
 *
 * @return void
 */
function asso_widgets_editor_inline_data() {
	wp_add_inline_script(
		'asso-widgets-editor',
		'window.assoWidgetsEditor = ' . wp_json_encode( asso_widgets_editor_data() ) . ';',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'asso_widgets_editor_inline_data' );

/**
 * The classes WordPress gives a block's wrapper (block name, alignment, extra classes).
 *
 * @param string $tag        The element's tag.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function asso_widgets_block_classes( $tag, $attributes ) {
	if ( function_exists( 'get_block_wrapper_attributes' ) && class_exists( 'WP_Block_Supports' ) && ! empty( WP_Block_Supports::$block_to_render ) ) {
		if ( preg_match( '/class="([^"]*)"/', get_block_wrapper_attributes(), $m ) ) {
			return html_entity_decode( $m[1], ENT_QUOTES );
		}
	}
	$classes = 'wp-block-asso-widgets-' . $tag;
	if ( ! empty( $attributes['align'] ) && is_string( $attributes['align'] ) ) {
		$classes .= ' align' . $attributes['align'];
	}
	if ( ! empty( $attributes['className'] ) && is_string( $attributes['className'] ) ) {
		$classes .= ' ' . $attributes['className'];
	}
	return $classes;
}

/**
 * What the editor script needs: each block's controls, from the element
 * definitions, and the labels translated on the server.
 *
 * @return array
 */
function asso_widgets_editor_data() {
	$blocks = array();
	foreach ( asso_widgets_elements() as $tag => $element ) {
		$controls = array();
		foreach ( $element['attributes'] as $name => $def ) {
			$controls[] = array(
				'attribute' => lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) ),
				'type'      => $def['type'],
				'values'    => isset( $def['values'] ) ? $def['values'] : array(),
				'min'       => isset( $def['min'] ) ? $def['min'] : null,
				'max'       => isset( $def['max'] ) ? $def['max'] : null,
				'label'     => isset( $def['label'] ) ? $def['label'] : $name,
			);
		}
		$blocks[ 'asso-widgets/' . $tag ] = array(
			'title'    => $element['title'],
			'controls' => $controls,
		);
	}
	return array(
		'blocks'     => $blocks,
		'defaultSrc' => asso_widgets_default_feed_url(),
		'labels'     => array(
			'panel'   => __( 'Feed and display', 'asso-widgets' ),
			'srcHelp' => __( 'Leave empty to use the default feed set in Settings → asso-widgets.', 'asso-widgets' ),
			'default' => __( 'Default', 'asso-widgets' ),
		),
	);
}
