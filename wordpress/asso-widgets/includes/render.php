<?php
/**
 * Turns shortcode or block attributes into an element's markup, every value
 * checked against the element's definition and escaped.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** How many `[asso_feed]` are being rendered around the current shortcode. */
$GLOBALS['asso_widgets_feed_depth'] = 0;

/**
 * The site's default feed address (Settings → asso-widgets), or ''.
 *
 * @return string
 */
function asso_widgets_default_feed_url() {
	$settings = get_option( ASSO_WIDGETS_OPTION, array() );
	$url      = is_array( $settings ) && isset( $settings['feed_url'] ) ? (string) $settings['feed_url'] : '';
	/**
	 * Filters the default feed address used by shortcodes and blocks without `src`.
	 *
	 * @param string $url The address from the settings page.
	 */
	return (string) apply_filters( 'asso_widgets_default_feed_url', $url );
}

/**
 * Normalises attribute names: lower case, `heading_level` and `headingLevel` become `heading-level`.
 *
 * @param array $atts Raw attributes (shortcode_parse_atts result or block attributes).
 * @return array<string, mixed>
 */
function asso_widgets_normalise_attributes( $atts ) {
	$out = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word: `[values_charter compact]` means compact="true".
			if ( ! is_string( $value ) || '' === $value ) {
				continue;
			}
			$name  = $value;
			$value = true;
		}
		$name         = strtolower( preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', (string) $name ) );
		$name         = str_replace( '_', '-', $name );
		$out[ $name ] = $value;
	}
	return $out;
}

/**
 * Checks one value against its attribute definition.
 *
 * @param mixed $value The raw value.
 * @param array $def   The attribute definition from asso_widgets_elements().
 * @return string|true|null The escaped-ready string, true for a present boolean, null to leave the attribute out.
 */
function asso_widgets_sanitize_value( $value, $def ) {
	if ( is_bool( $value ) ) {
		if ( 'bool' === $def['type'] ) {
			return $value ? true : null;
		}
		return null;
	}
	if ( is_array( $value ) || is_object( $value ) || null === $value ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $def['type'] ) {
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		case 'int':
			if ( '' === $value || ! preg_match( '/^-?\d+$/', $value ) ) {
				return null;
			}
			$n = (int) $value;
			if ( isset( $def['min'] ) ) {
				$n = max( (int) $def['min'], $n );
			}
			if ( isset( $def['max'] ) ) {
				$n = min( (int) $def['max'], $n );
			}
			return (string) $n;
		case 'enum':
			$value = strtolower( $value );
			return in_array( $value, $def['values'], true ) ? $value : null;
		case 'bool':
			return in_array( strtolower( $value ), array( '', '1', 'true', 'yes', 'oui', 'on' ), true ) ? true : null;
		case 'lang':
			return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/', $value ) ? $value : null;
		default:
			$value = sanitize_text_field( $value );
			return '' === $value ? null : $value;
	}
}

/**
 * The markup of one element.
 *
 * @param string $tag   Tag name, a key of asso_widgets_elements().
 * @param array  $atts  Shortcode or block attributes.
 * @param array  $extra `class` (string of classes added by a block) and `inside_feed` (bool).
 * @return string HTML, escaped.
 */
function asso_widgets_render_element( $tag, $atts, $extra = array() ) {
	$elements = asso_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$defs   = $elements[ $tag ]['attributes'];
	$atts   = asso_widgets_normalise_attributes( $atts );
	$values = array();
	foreach ( $defs as $name => $def ) {
		if ( array_key_exists( $name, $atts ) ) {
			$value = asso_widgets_sanitize_value( $atts[ $name ], $def );
			if ( null !== $value ) {
				$values[ $name ] = $value;
			}
		}
	}

	$inside_feed = ! empty( $extra['inside_feed'] ) || $GLOBALS['asso_widgets_feed_depth'] > 0;
	if ( ! isset( $values['src'] ) && ! $inside_feed ) {
		$default = asso_widgets_default_feed_url();
		if ( '' === $default ) {
			return asso_widgets_missing_feed_notice( $elements[ $tag ]['shortcode'] );
		}
		$values['src'] = $default;
	}

	$classes = array();
	$wanted  = ( isset( $extra['class'] ) ? $extra['class'] . ' ' : '' ) . ( isset( $atts['class'] ) && is_string( $atts['class'] ) ? $atts['class'] : '' );
	foreach ( preg_split( '/\s+/', $wanted, -1, PREG_SPLIT_NO_EMPTY ) as $class ) {
		$class = sanitize_html_class( $class );
		if ( '' !== $class ) {
			$classes[] = $class;
		}
	}

	$html = '<' . $tag;
	if ( isset( $atts['id'] ) && is_string( $atts['id'] ) && '' !== sanitize_html_class( $atts['id'] ) ) {
		$html .= ' id="' . esc_attr( sanitize_html_class( $atts['id'] ) ) . '"';
	}
	if ( $classes ) {
		$html .= ' class="' . esc_attr( implode( ' ', array_unique( $classes ) ) ) . '"';
	}
	foreach ( $values as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'url' === $defs[ $name ]['type'] ) {
			$html .= ' ' . $name . '="' . esc_url( $value, array( 'http', 'https' ) ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '></' . $tag . '>';

	asso_widgets_enqueue();
	return $html;
}

/**
 * The markup of `[asso_feed]`: one feed for the shortcodes inside it.
 *
 * @param array  $atts    `src`, `timeout`.
 * @param string $content The shortcodes inside.
 * @return string HTML.
 */
function asso_widgets_render_feed( $atts, $content ) {
	$atts = asso_widgets_normalise_attributes( $atts );
	$src  = isset( $atts['src'] ) ? asso_widgets_sanitize_value( $atts['src'], array( 'type' => 'url' ) ) : null;
	if ( null === $src ) {
		$src = asso_widgets_default_feed_url();
	}
	if ( '' === (string) $src ) {
		return asso_widgets_missing_feed_notice( 'asso_feed' );
	}
	$timeout = isset( $atts['timeout'] ) ? asso_widgets_sanitize_value( $atts['timeout'], array( 'type' => 'int', 'min' => 0 ) ) : null;

	++$GLOBALS['asso_widgets_feed_depth'];
	$inner = do_shortcode( shortcode_unautop( (string) $content ) );
	--$GLOBALS['asso_widgets_feed_depth'];

	asso_widgets_enqueue();
	return '<asso-feed src="' . esc_url( $src, array( 'http', 'https' ) ) . '"'
		. ( null !== $timeout ? ' timeout="' . esc_attr( $timeout ) . '"' : '' )
		. '>' . $inner . '</asso-feed>';
}

/**
 * What a shortcode without any feed shows: a hint for the people who edit the
 * site, nothing for visitors.
 *
 * @param string $shortcode The shortcode's name.
 * @return string HTML.
 */
function asso_widgets_missing_feed_notice( $shortcode ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="asso-widgets-notice" role="note" style="border:2px dashed currentColor;padding:.5em 1em">'
		. esc_html(
			sprintf(
				/* translators: %s: a shortcode name such as values_charter. */
				__( 'asso-widgets: [%s] has no feed. Give its address with src="…" or set a default feed address in Settings → asso-widgets. (Only people who can edit the site see this message.)', 'asso-widgets' ),
				$shortcode
			)
		)
		. '</p>';
}
