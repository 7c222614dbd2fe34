<?php
/**
 * The elements' script (the one-file bundle assets/asso-widgets.js, an ES
 * module): enqueued once, and only on pages that use an element.
 *
 * - WordPress 6.5 and later: wp_enqueue_script_module().
 * - WordPress 6.1 to 6.4: wp_enqueue_script() in the footer, printed with
 *   type="module" by a script_loader_tag filter.
 *
 * The script is enqueued when a shortcode or a block prints an element, or
 * when filtered content (a Custom HTML block, classic content, a widget)
 * holds a raw tag of ours. That is always early enough: block themes render
 * the whole template before wp_head, and from 6.5 WordPress prints script
 * modules in the footer for classic themes (6.1–6.4: our classic script is
 * printed in the footer). A shortcode that prints nothing (no feed) loads
 * nothing.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Handle of the script and id of the script module. */
const ASSO_WIDGETS_HANDLE = 'asso-widgets';

/**
 * Address of the bundle.
 *
 * @return string
 */
function asso_widgets_script_url() {
	return plugins_url( 'assets/asso-widgets.js', ASSO_WIDGETS_FILE );
}

/**
 * True when the bundle is there (the zip made by `npm run build:wordpress` has it).
 *
 * @return bool
 */
function asso_widgets_script_exists() {
	return is_readable( ASSO_WIDGETS_DIR . '/assets/asso-widgets.js' );
}

/**
 * Whether to use the script module API (WordPress 6.5+). Filterable for tests.
 *
 * @return bool
 */
function asso_widgets_use_script_modules() {
	return (bool) apply_filters( 'asso_widgets_use_script_modules', function_exists( 'wp_enqueue_script_module' ) );
}

/**
 * Enqueues the elements' script; calling it again does nothing.
 *
 * @param bool $classic Force the classic script path (the block editor, which prints classic scripts into its iframe).
 * @return void
 */
function asso_widgets_enqueue( $classic = false ) {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	if ( ! $classic && asso_widgets_use_script_modules() ) {
		wp_enqueue_script_module( ASSO_WIDGETS_HANDLE, asso_widgets_script_url(), array(), ASSO_WIDGETS_VERSION );
		return;
	}
	wp_enqueue_script( ASSO_WIDGETS_HANDLE, asso_widgets_script_url(), array(), ASSO_WIDGETS_VERSION, true );
}

/**
 * Prints our classic script as a module (WordPress before 6.5, and the editor).
 *
 * @param string $tag    The <script> tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function asso_widgets_module_tag( $tag, $handle, $src ) {
	if ( ASSO_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( $handle ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'asso_widgets_module_tag', 10, 3 );

/**
 * While the page is built: content that prints a raw tag of ours (a Custom
 * HTML block, classic content, a text widget) gets the script too.
 *
 * @param string $content Filtered content.
 * @return string The same content.
 */
function asso_widgets_enqueue_for_content( $content ) {
	if ( ! is_admin() && is_string( $content ) ) {
		foreach ( asso_widgets_tags() as $tag ) {
			if ( false !== stripos( $content, '<' . $tag ) ) {
				asso_widgets_enqueue();
				break;
			}
		}
	}
	return $content;
}
add_filter( 'the_content', 'asso_widgets_enqueue_for_content', 100 );
add_filter( 'widget_text', 'asso_widgets_enqueue_for_content', 100 );
add_filter( 'widget_block_content', 'asso_widgets_enqueue_for_content', 100 );

/**
 * The block editor: the script too, so the blocks' server-rendered preview
 * upgrades into live elements (classic path: the editor copies classic
 * scripts into its iframe).
 *
 * @return void
 */
function asso_widgets_enqueue_for_editor() {
	if ( is_admin() ) {
		asso_widgets_enqueue( true );
	}
}
add_action( 'enqueue_block_editor_assets', 'asso_widgets_enqueue_for_editor' );
add_action( 'enqueue_block_assets', 'asso_widgets_enqueue_for_editor' );

/**
 * Tells administrators when the bundle is missing (a copy of the source
 * folder instead of the built zip).
 *
 * @return void
 */
function asso_widgets_missing_script_notice() {
	if ( asso_widgets_script_exists() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p>'
		. esc_html__( 'asso-widgets: assets/asso-widgets.js is missing, so the elements cannot appear. Install the zip made by `npm run build:wordpress`, not the source folder.', 'asso-widgets' )
		. '</p></div>';
}
add_action( 'admin_notices', 'asso_widgets_missing_script_notice' );
