<?php
/**
 * One shortcode per element, plus `[asso_feed]`. Shortcodes survive every
 * role: WordPress strips custom tags and scripts from the content of authors
 * and contributors (kses), but runs shortcodes after that, and after wpautop.
 *
 *   [values_charter src="https://example.org/flux.json" heading-level="3"]
 *   [asso_feed src="/wp-content/uploads/flux.json"][values_charter][formation_catalogue][/asso_feed]
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the shortcodes.
 *
 * @return void
 */
function asso_widgets_register_shortcodes() {
	foreach ( asso_widgets_elements() as $tag => $element ) {
		add_shortcode(
			$element['shortcode'],
			static function ( $atts ) use ( $tag ) {
				return asso_widgets_render_element( $tag, is_array( $atts ) ? $atts : array() );
			}
		);
	}
	add_shortcode(
		'asso_feed',
		static function ( $atts, $content = '' ) {
			return asso_widgets_render_feed( is_array( $atts ) ? $atts : array(), (string) $content );
		}
	);
}
add_action( 'init', 'asso_widgets_register_shortcodes' );
